import connectTo, { udp } from './connect-to.mjs';

export function stream() {
  const s = connectTo(80); // ok: error-listener // expect: connect-timeout
  s.write('x');
}

export function datagram() {
  const u = udp();
  u.connect(53, 'ns.example.com');
  u.connect(54, 'ns.example.com'); // expect: repeated-connect
}

export function datagramOnce() {
  const u = udp();
  u.connect(53, 'ns.example.com'); // ok: repeated-connect
}

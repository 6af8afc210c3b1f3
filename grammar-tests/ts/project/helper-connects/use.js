import net from 'node:net';
import { open } from './open.js';

export function twice() {
  const s = new net.Socket();
  s.on('error', (err) => console.error(err));
  s.setTimeout(3000, () => s.destroy());
  open(s, 80);
  s.connect(81, 'example.com'); // expect: repeated-connect
}

export function once() {
  const t = new net.Socket();
  t.on('error', (err) => console.error(err));
  open(t, 80); // expect: connect-timeout
}

export function onceWithTimeout() {
  const u = new net.Socket();
  u.on('error', (err) => console.error(err));
  u.setTimeout(3000, () => u.destroy());
  open(u, 80); // ok: connect-timeout, repeated-connect
}

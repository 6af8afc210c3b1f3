// tsc's uses of another module's classes: `new transport_1.Conn()`, `transport_1.Conn.open(...)`,
// `new transport_1.default(s)`, `class Pool extends transport_1.Conn`.
import * as net from 'net';
import Dialer, { Conn } from './transport';

export function opened(): void {
  const s = Conn.open(80); // expect: error-listener, connect-timeout
  s.write('x');
}

export function attached(): void {
  const conn = new Conn();
  const s = net.connect(81, 'example.com'); // ok: error-listener, connect-timeout
  conn.attach(s);
}

export function kept(): void {
  const conn = new Conn();
  const s = net.connect(82, 'example.com'); // expect: error-listener, connect-timeout
  conn.keep(s);
}

export function dialed(): Dialer {
  const s = net.connect(83, 'example.com'); // ok: error-listener, connect-timeout
  return new Dialer(s);
}

export class Pool extends Conn {
  start(): void {
    const s = net.connect(84, 'example.com'); // ok: error-listener, connect-timeout
    this.attach(s);
  }
}

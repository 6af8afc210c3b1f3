// Sockets made by, or handed to, the members of a class of another module.
import * as net from 'node:net';
import { Conn } from './transport';

export function opened(): void {
  const s = Conn.open(80); // expect: error-listener, connect-timeout
  s.write('x');
}

export function openedGuarded(): void {
  const s = Conn.openGuarded(80); // ok: error-listener, connect-timeout
  s.write('x');
}

export function listenedOnly(): void {
  const s = Conn.open(80); // expect: connect-timeout
  s.on('error', (err) => console.error(err));
}

export function attached(): void {
  const conn = new Conn('example.com');
  const s = net.connect(80, 'example.com'); // ok: error-listener, connect-timeout
  conn.attach(s);
}

export function adopted(): void {
  const conn = new Conn('example.com');
  const s = net.connect(81, 'example.com'); // ok: error-listener, connect-timeout
  conn.adopt(s);
}

export function byConstructor(): Conn {
  const s = net.connect(82, 'example.com'); // ok: error-listener, connect-timeout
  return new Conn('example.com', s);
}

export function byField(): void {
  const conn = new Conn('example.com');
  const s = net.connect(83, 'example.com'); // expect: connect-timeout
  conn.listen(s);
}

export function described(): void {
  const conn = new Conn('example.com');
  const s = net.connect(84, 'example.com'); // expect: error-listener, connect-timeout
  console.log(conn.describe(s));
}

export function dialed(): void {
  const conn = new Conn('example.com');
  const s = conn.dial(86); // expect: error-listener, connect-timeout
  s.write('x');
}

export function dialedAttached(): void {
  const conn = new Conn('example.com');
  const s = conn.dial(87); // ok: error-listener, connect-timeout
  conn.attach(s);
}

export class Client {
  private conn = new Conn('example.com');

  start(): void {
    const s = net.connect(85, 'example.com'); // ok: error-listener, connect-timeout
    this.conn.attach(s);
  }
}

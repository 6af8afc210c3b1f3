// An instance of an imported class is the binding `new Conn(...)` made, not every name
// spelled like it: another function's `conn`, a shadowing one, a reassigned one and
// another class's `this.conn` hold objects of their own, which the socket escapes to.
import * as net from 'node:net';
import { Conn } from './transport';

interface Logger {
  describe(sock: net.Socket): void;
}

declare function logger(): Logger;

const shared = new Conn('example.com');

export function described(): void {
  const conn = new Conn('example.com');
  const s = net.connect(80, 'example.com'); // expect: error-listener, connect-timeout
  console.log(conn.describe(s));
}

export function sharedDescribed(): void {
  const s = net.connect(81, 'example.com'); // expect: error-listener, connect-timeout
  console.log(shared.describe(s));
}

export function otherFunction(conn: Logger): void {
  const s = net.connect(82, 'example.com'); // ok: error-listener, connect-timeout
  conn.describe(s);
}

export function otherLocal(): void {
  const conn = logger();
  const s = net.connect(83, 'example.com'); // ok: error-listener, connect-timeout
  conn.describe(s);
}

export function shadowed(): void {
  const shared = logger();
  const s = net.connect(84, 'example.com'); // ok: error-listener, connect-timeout
  shared.describe(s);
}

export function reassigned(): void {
  let conn: Conn | Logger = new Conn('example.com');
  conn = logger();
  const s = net.connect(85, 'example.com'); // ok: error-listener, connect-timeout
  conn.describe(s);
}

export class Client {
  private conn = new Conn('example.com');

  start(): void {
    const s = net.connect(86, 'example.com'); // expect: error-listener, connect-timeout
    this.conn.describe(s);
  }
}

export class Relay {
  private conn = logger();

  start(): void {
    const s = net.connect(87, 'example.com'); // ok: error-listener, connect-timeout
    this.conn.describe(s);
  }
}

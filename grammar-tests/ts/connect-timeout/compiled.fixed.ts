//! grammar-test: {"rules": {"connect-timeout": "warn"}}
// Compiled by tsc, Babel and esbuild into compiled.*.js beside it.
import net from 'node:net';
import * as tls from 'node:tls';
import { connect, Socket } from 'node:net';

export function defaultImport(port: number): void {
  //! expect-next: connect-timeout
  const s = net.connect(port);
  s.on('error', console.error);
}

export function defaultImportTimed(port: number): void {
  //! ok-next: connect-timeout
  const s = net.connect({ port, timeout: 3000 });
  s.on('error', console.error);
  s.on('timeout', () => s.destroy());
}

export function namespaceImport(host: string): void {
  //! expect-next: connect-timeout
  const s = tls.connect({ host, port: 443, timeout: 10_000 });
  s.on('error', console.error);
}

export function namedImportTimer(port: number): void {
  //! ok-next: connect-timeout
  const s = connect(port);
  const timer = setTimeout(() => s.destroy(), 5000);
  s.on('connect', () => clearTimeout(timer));
  s.on('error', console.error);
}

export class Client {
  sock?: Socket;
  open(port: number): void {
    //! expect-next: connect-timeout
    this.sock = connect(port);
    this.sock.on('error', (err) => this.fail(err));
  }
  fail(err: Error): void {
    console.error(err);
  }
}

export class Timed extends Socket {
  start(port: number): void {
    this.setTimeout(1000, () => this.destroy());
    this.connect(port);
  }
}

export function subclassTimed(port: number): void {
  //! ok-next: connect-timeout
  const c = new Timed();
  c.on('error', console.error);
  c.start(port);
}

export function optionOnly(port: number, ms?: number): void {
  //! expect-next: connect-timeout
  const s = net.connect(port);
  s.on('error', console.error);
  if (ms) s.setTimeout(ms, () => s.destroy());
}

export function ipc(path: string): void {
  //! ok-next: connect-timeout
  const s = net.connect({ path });
  s.on('error', console.error);
}

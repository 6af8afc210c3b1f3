// Compiled by tsc, Babel and esbuild into compiled.*.js beside it (npm run compile-fixtures
// in grammar-tests): the interop each compiler emits for these imports must resolve.
import net from 'node:net';
import * as tls from 'node:tls';
import { createConnection, Socket } from 'node:net';
import { once } from 'node:events';

export function defaultImport(port: number): void {
  //! expect-next: error-listener
  const s = net.connect(port);
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}

export function defaultImportHeard(port: number): void {
  //! ok-next: error-listener
  const s = net.connect(port);
  s.on('error', console.error);
}

export function namespaceImport(host: string): void {
  //! expect-next: error-listener
  const s = tls.connect({ host, port: 443 });
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}

export function namedImport(port: number): void {
  //! expect-next: error-listener
  const s = createConnection(port);
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}

export function namedImportHeard(port: number): void {
  //! ok-next: error-listener
  const s = createConnection(port);
  s.once('error', console.error);
}

export class Client {
  sock?: Socket;
  open(port: number): void {
    //! expect-next: error-listener
    this.sock = net.createConnection(port);
    this.sock.on('error', (err) => {
      console.error(err);
    });
    this.sock.on('data', (d) => this.onData(d));
  }
  openHeard(port: number): void {
    const s = new Socket();
    s.on('error', (err) => this.onError(err));
    //! ok-next: error-listener
    s.connect(port);
  }
  onData(data: Buffer): void {
    console.log(data.length);
  }
  onError(err: Error): void {
    console.error(err);
  }
}

export async function awaited(port: number): Promise<void> {
  //! ok-next: error-listener
  const s = net.connect(port);
  try {
    await once(s, 'connect');
  } catch (err) {
    console.error(err);
  }
}

export class Conn extends Socket {
  start(port: number): void {
    this.connect(port);
  }
}

export function subclass(port: number): void {
  //! expect-next: error-listener
  const c = new Conn();
  c.on('error', (err) => {
    console.error(err);
  });
  c.start(port);
}

export function subclassHeard(port: number): void {
  //! ok-next: error-listener
  const c = new Conn();
  c.on('error', console.error);
  c.start(port);
}

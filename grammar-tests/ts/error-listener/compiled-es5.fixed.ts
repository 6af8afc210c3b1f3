// Compiled by tsc for ES5 into compiled-es5.tsc.js: arrow functions read `this` through
// `var _this = this`, and classes become functions that `__extends` their base.
import * as net from 'net';

export class Client {
  sock?: net.Socket;
  open(port: number): void {
    //! expect-next: error-listener
    this.sock = net.connect(port);
    this.sock.on('error', (err) => {
      console.error(err);
    });
    this.sock.on('data', (d) => this.onData(d));
  }
  onData(data: Buffer): void {
    console.log(data.length);
  }
}

export class HeardClient {
  sock?: net.Socket;
  open(port: number): void {
    //! ok-next: error-listener
    this.sock = net.connect(port);
    setImmediate(() => {
      this.sock?.on('error', (err) => this.onError(err));
    });
  }
  onError(err: Error): void {
    console.error(err);
  }
}

export class Conn extends net.Socket {
  start(port: number): void {
    this.connect(port);
  }
}

export class HeardConn extends net.Socket {
  start(port: number): void {
    this.on('error', (err) => this.destroy(err));
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
  const c = new HeardConn();
  c.start(port);
}

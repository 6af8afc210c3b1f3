// Compiled by tsc, Babel and esbuild into compiled.*.js beside it.
import net from 'node:net';
import * as dgram from 'node:dgram';
import { Socket, createConnection } from 'node:net';

export function connectAgain(port: number): void {
  const s = net.connect(port);
  s.on('error', console.error);
  //! expect-next: repeated-connect
  s.connect(port + 1);
}

export function namedTwice(port: number): void {
  const s = new Socket();
  s.on('error', console.error);
  s.connect(port);
  //! expect-next: repeated-connect
  s.connect(port + 1);
}

export function switchArms(port: number, mode: number): void {
  const s = new Socket();
  s.on('error', console.error);
  switch (mode) {
    case 1:
      //! ok-next: repeated-connect
      s.connect(port);
      break;
    default:
      //! ok-next: repeated-connect
      s.connect(port + 1);
  }
}

export function dgramTwice(host: string): void {
  const u = dgram.createSocket('udp4');
  u.connect(53, host);
  //! expect-next: repeated-connect
  u.connect(53, host);
}

export function dgramDisconnected(host: string): void {
  const u = dgram.createSocket('udp4');
  u.connect(53, host);
  u.disconnect();
  //! ok-next: repeated-connect
  u.connect(53, host);
}

export class Client {
  sock?: Socket;
  open(port: number): void {
    this.sock = createConnection(port);
    this.sock.on('error', () => this.retry(port));
  }
  retry(port: number): void {
    //! expect-next: repeated-connect
    this.sock?.connect(port);
  }
}

export class Patient {
  sock?: Socket;
  open(port: number): void {
    this.sock = createConnection(port);
    this.sock.on('error', console.error);
    this.sock.on('close', () => {
      //! ok-next: repeated-connect
      this.sock?.connect(port);
    });
  }
}

// A class another module exports: `attach` listens and times out, `describe` only reads.
import * as net from 'node:net';

export class Conn {
  constructor(private readonly host: string) {}

  attach(sock: net.Socket): void {
    sock.on('error', (err) => console.error(this.host, err));
    sock.setTimeout(5000, () => sock.destroy());
  }

  describe(sock: net.Socket): string {
    return `${this.host} ${sock.remotePort ?? ''}`;
  }
}

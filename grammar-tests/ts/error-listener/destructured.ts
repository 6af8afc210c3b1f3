// A field of `this` read into a local by destructuring (`const { socket } = this`): the
// local holds the same socket, and a listener added on it counts.
import * as net from 'node:net';

export class Listens {
  private socket: net.Socket | undefined;

  open(port: number): void {
    this.socket = net.connect(port); // ok: error-listener
    this.watch();
  }

  private watch(): void {
    const { socket } = this;
    socket?.on('error', (err) => console.error(err));
  }
}

export class ListensRenamed {
  private conn: net.Socket | undefined;

  open(port: number): void {
    this.conn = net.connect(port); // ok: error-listener
    const { conn: c } = this;
    c.once('error', () => c.destroy());
  }
}

export class OnlyWrites {
  private socket: net.Socket | undefined;

  open(port: number): void {
    this.socket = net.connect(port); // expect: error-listener
    this.greet();
  }

  private greet(): void {
    const { socket } = this;
    socket?.write('hello\r\n');
  }
}

// A socket handed to a function of the file with `.call(this, socket)` or
// `.bind(this, socket)`: the function's first parameter is the socket (the `this` comes
// first), and what it does to the socket counts — listening included.
import * as net from 'node:net';

function attachHandlers(this: unknown, socket: net.Socket): void {
  socket.on('error', (err) => console.error(err));
}

function logPeer(this: unknown, socket: net.Socket): void {
  console.log(socket.remoteAddress);
}

export function callsHelper(port: number): net.Socket {
  const sock = net.connect(port); // ok: error-listener
  attachHandlers.call(undefined, sock);
  sock.setTimeout(5000, () => sock.destroy());
  return sock;
}

export function callsLogger(port: number): void {
  const sock = net.connect(port); // expect: error-listener
  sock.on('error', (err) => {
    console.error(err);
  });
  logPeer.call(undefined, sock);
}

export class Watcher {
  private sock: net.Socket | undefined;

  open(port: number): void {
    this.sock = net.connect(port); // ok: error-listener
    process.nextTick(this.watch.bind(this, this.sock));
  }

  private watch(socket: net.Socket): void {
    socket.once('error', () => socket.destroy());
  }
}

export class Reporter {
  private sock: net.Socket | undefined;

  open(port: number): void {
    this.sock = net.connect(port); // expect: error-listener
    this.sock.on('error', (err) => {
      console.error(err);
    });
    process.nextTick(this.report.bind(this, this.sock));
  }

  private report(socket: net.Socket): void {
    console.log(socket.readyState);
  }
}

// A class another module exports: its constructor, static methods, instance methods and
// fields are what its importers call.
import * as net from 'node:net';

export class Conn {
  private readonly host: string;

  constructor(host: string, sock?: net.Socket) {
    this.host = host;
    if (sock) this.attach(sock);
  }

  /** A factory: the socket is its caller's to listen to and time out. */
  static open(port: number): net.Socket {
    return net.connect(port, 'example.com');
  }

  /** A factory that listens and times out before handing the socket over. */
  static openGuarded(port: number): net.Socket {
    const s = net.connect({ port, host: 'example.com', timeout: 5000 });
    s.on('error', (err) => console.error(err));
    s.on('timeout', () => s.destroy());
    return s;
  }

  /** An instance's factory. */
  dial(port: number): net.Socket {
    return net.connect(port, this.host);
  }

  attach(sock: net.Socket): void {
    sock.on('error', (err) => console.error(this.host, err));
    sock.setTimeout(5000, () => sock.destroy());
  }

  /** Forwards to another method of the class. */
  adopt(sock: net.Socket): void {
    sock.setNoDelay(true);
    this.attach(sock);
  }

  /** A class field holding a function. */
  listen = (sock: net.Socket): void => {
    sock.on('error', () => sock.destroy());
  };

  describe(sock: net.Socket): string {
    return `${this.host} ${sock.remotePort ?? ''}`;
  }
}

// Sockets connected again where real code keeps them, and the kind of each assignment.
import * as net from 'node:net';
import tls from 'node:tls';
import dgram from 'node:dgram';

interface Options {
  socket?: net.Socket;
  port: number;
  host: string;
  secure?: boolean;
}

export class Reconnector {
  private sock?: net.Socket;
  open(options: Options): void {
    this.sock = options.socket || net.connect(options.port, options.host);
    this.sock.on('error', () => this.reconnect(options));
  }
  private reconnect(options: Options): void {
    this.sock?.connect(options.port, options.host); // expect: repeated-connect(fromErrorListener)
  }
}

export class CloseReconnector {
  private sock?: net.Socket;
  open(options: Options): void {
    this.sock = net.connect(options.port, options.host);
    this.sock.on('error', console.error);
    this.sock.on('close', () => this.reconnect(options));
  }
  private reconnect(options: Options): void {
    this.sock?.connect(options.port, options.host); // ok: repeated-connect
  }
}

export class TimerReconnector {
  private sock?: net.Socket;
  open(options: Options): void {
    this.sock = net.connect(options.port, options.host);
    this.sock.on('error', () => setTimeout(() => this.retry(options), 1000));
  }
  private retry(options: Options): void {
    this.sock?.connect(options.port, options.host); // ok: repeated-connect
  }
}

export function chainedAssignment(this: { sock?: net.Socket }, options: Options): void {
  const s = (this.sock = net.connect(options.port));
  s.on('error', console.error);
  this.sock.connect(options.port + 1); // expect: repeated-connect(streamAgain)
}

export function ternary(options: Options): void {
  const s = options.secure ? tls.connect(options) : net.connect(options);
  s.on('error', console.error);
  s.connect(options.port); // expect: repeated-connect(streamAgain)
}

function connectIt(socket: net.Socket, options: Options): void {
  socket.connect(options.port, options.host);
}

export function helperConnects(options: Options): void {
  const s = new net.Socket();
  s.on('error', console.error);
  connectIt(s, options); // ok: repeated-connect
}

export function switchArms(options: Options, mode: number): void {
  const s = new net.Socket();
  s.on('error', console.error);
  switch (mode) {
    case 0:
      s.connect(options.port); // ok: repeated-connect
      break;
    default:
      s.connect(options.port, options.host); // ok: repeated-connect
  }
}

export function ifElseArms(options: Options): void {
  const s = new net.Socket();
  s.on('error', console.error);
  if (options.secure) s.connect(443, options.host); // ok: repeated-connect
  else s.connect(options.port, options.host); // ok: repeated-connect
}

/** One field, a TCP socket in one method and a datagram socket in another. */
export class Mixed {
  private sock?: net.Socket | dgram.Socket;
  tcp(options: Options): void {
    const s = new net.Socket();
    this.sock = s;
    s.on('error', console.error);
    s.connect(options.port); // ok: repeated-connect
  }
  udp(options: Options): void {
    const u = dgram.createSocket('udp4');
    this.sock = u;
    u.connect(options.port, options.host); // ok: repeated-connect
  }
  udpField(options: Options): void {
    this.sock = dgram.createSocket('udp4');
    (this.sock as dgram.Socket).connect(options.port); // ok: repeated-connect
  }
  tcpField(options: Options): void {
    this.sock = new net.Socket();
    (this.sock as net.Socket).on('error', console.error);
    (this.sock as net.Socket).connect(options.port); // ok: repeated-connect
  }
}

export class Sub extends net.Socket {
  open(port: number): void {
    this.connect(port);
    this.on('error', () => this.connect(port)); // expect: repeated-connect(streamAgain)
  }
}

export function subclassUser(port: number): void {
  const c = new Sub();
  c.open(port);
}

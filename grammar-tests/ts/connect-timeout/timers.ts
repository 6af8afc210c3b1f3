// grammar-test: {"rules": {"connect-timeout": "warn"}}
// Connect timeouts written as a timer whose function destroys the socket: a function or
// method given to setTimeout by name, bound, or called from an inline callback; and the
// socket handed to such a method with `.bind(this, socket)`. Flagged beside them: timers
// that only log, and a retry timer that runs the function that makes the socket.
import * as net from 'node:net';

export function timerByName(port: number): void {
  const s = net.connect(port); // ok: connect-timeout
  s.on('error', console.error);
  function onTimeout(): void {
    s.destroy(new Error('connect timeout'));
  }
  const timer = setTimeout(onTimeout, 5000);
  s.once('connect', () => clearTimeout(timer));
}

export function timerByNameLogsOnly(port: number): void {
  const s = net.connect(port); // expect: connect-timeout
  s.on('error', console.error);
  function onSlow(): void {
    console.warn('slow connect to', port);
  }
  const timer = setTimeout(onSlow, 5000);
  s.once('connect', () => clearTimeout(timer));
}

export class BoundMethodTimer {
  private sock: net.Socket | undefined;
  private timer: NodeJS.Timeout | undefined;

  open(port: number): void {
    this.sock = net.connect(port); // ok: connect-timeout
    this.sock.on('error', console.error);
    this.timer = setTimeout(this.onConnectTimeout.bind(this), 5000);
    this.sock.once('connect', () => clearTimeout(this.timer));
  }

  private onConnectTimeout(): void {
    this.sock?.destroy(new Error('connect timeout'));
  }
}

export class ArrowCallsMethod {
  private sock: net.Socket | undefined;

  open(port: number): void {
    this.sock = net.connect(port); // ok: connect-timeout
    this.sock.on('error', console.error);
    const timer = setTimeout(() => this.abort(), 5000);
    this.sock.once('connect', () => clearTimeout(timer));
  }

  private abort(): void {
    if (this.sock) this.sock.destroy();
  }
}

export class SocketBoundToHelper {
  private sock: net.Socket | undefined;

  open(port: number): void {
    this.sock = net.connect(port); // ok: connect-timeout
    this.sock.on('error', console.error);
    setTimeout(this.abortSocket.bind(this, this.sock), 5000);
  }

  private abortSocket(socket: net.Socket): void {
    if (socket.connecting) socket.destroy();
  }
}

export class SocketBoundToReporter {
  private sock: net.Socket | undefined;

  open(port: number): void {
    this.sock = net.connect(port); // expect: connect-timeout
    this.sock.on('error', console.error);
    setTimeout(this.report.bind(this, this.sock), 5000);
  }

  private report(socket: net.Socket): void {
    console.log('still connecting:', socket.connecting);
  }
}

export class RetryTimer {
  private sock: net.Socket | undefined;

  open(port: number): void {
    if (this.sock) this.sock.destroy();
    this.sock = net.connect(port); // expect: connect-timeout
    this.sock.on('error', () => {
      setTimeout(() => this.open(port), 1000);
    });
  }
}

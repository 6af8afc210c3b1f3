// grammar-test: {"rules": {"connect-timeout": "warn"}}
// Timeouts where real code sets them: an outside timer, an AbortSignal, a helper, a
// subclass; and timeouts that are none by default.
import * as net from 'node:net';
import tls from 'node:tls';

interface Options {
  port: number;
  host?: string;
  path?: string;
  timeout?: number;
  connectTimeout?: number;
  secure?: boolean;
}

export function outsideTimer(options: Options): void {
  const s = net.connect(options); // ok: connect-timeout
  const timer = setTimeout(() => s.destroy(new Error('connect timeout')), 10_000);
  s.once('connect', () => clearTimeout(timer));
  s.on('error', console.error);
}

export function outsideTimerLogsOnly(options: Options): void {
  const s = net.connect(options); // expect: connect-timeout(noTimeout)
  const timer = setTimeout(() => console.warn('slow connect'), 10_000);
  s.once('connect', () => clearTimeout(timer));
  s.on('error', console.error);
}

export function abortSignal(options: Options): void {
  const s = net.connect({ ...options, signal: AbortSignal.timeout(5000) }); // ok: connect-timeout
  s.on('error', console.error);
}

export function unixPath(options: Options): void {
  const s = net.connect({ path: '/run/app.sock' }); // ok: connect-timeout
  s.on('error', console.error);
}

export function unixPathVariable(socketPath: string): void {
  const s = net.createConnection(socketPath); // ok: connect-timeout
  s.on('error', console.error);
}

export function setTimeoutCallbackIgnores(options: Options): void {
  const s = net.connect(options);
  s.on('error', console.error);
  s.setTimeout(5000, () => { // expect: connect-timeout(timeoutIgnored)
    console.warn('idle');
  });
}

export function setTimeoutCallbackEnds(options: Options): void {
  const s = net.connect(options); // ok: connect-timeout
  s.on('error', console.error);
  s.setTimeout(5000, () => s.end()); // ok: connect-timeout
}

export function onlyWhenGiven(options: Options): void {
  const s = net.connect(options); // expect: connect-timeout(timeoutOnlyWhenGiven)
  s.on('error', console.error);
  if (options.connectTimeout) {
    s.setTimeout(options.connectTimeout, () => s.destroy());
  }
}

const DEFAULTS = { port: 6379, idleTimeout: 10_000 };

export function givenWithDefault(options: Options & typeof DEFAULTS): void {
  const s = net.connect(options); // ok: connect-timeout
  s.on('error', console.error);
  if (options.idleTimeout) s.setTimeout(options.idleTimeout, () => s.destroy());
}

export function ternaryCreation(options: Options): void {
  const s = options.secure ? tls.connect(options) : net.connect(options); // expect: connect-timeout(noTimeout)
  s.on('error', console.error);
}

function armTimeout(socket: net.Socket, ms: number): void {
  socket.setTimeout(ms);
  socket.once('timeout', () => socket.destroy());
}

export function helperSetsTimeout(options: Options): void {
  const s = net.connect(options); // ok: connect-timeout
  s.on('error', console.error);
  armTimeout(s, 3000);
}

export class Client {
  private sock?: net.Socket;
  open(options: Options): void {
    const s = (this.sock = net.connect(options)); // expect: connect-timeout(noTimeout)
    s.on('error', console.error);
  }
  openArmed(options: Options): void {
    this.sock = net.connect({ ...options, timeout: 2000 }); // ok: connect-timeout
    this.sock.on('error', console.error);
    this.sock.on('timeout', () => this.sock?.destroy());
  }
}

export class TimedConn extends net.Socket {
  constructor() {
    super();
    this.setTimeout(4000, () => this.destroy());
  }
}

export function subclassTimed(port: number): void {
  const c = new TimedConn(); // ok: connect-timeout
  c.on('error', console.error);
  c.connect(port);
}

export function startTls(plain: net.Socket, host: string): void {
  const secure = tls.connect({ socket: plain, servername: host }); // ok: connect-timeout
  secure.on('error', console.error);
}

export function startTlsOptions(plain: net.Socket, host: string): void {
  const options = Object.assign({}, { servername: host }, { socket: plain });
  const secure = tls.connect(options); // ok: connect-timeout
  secure.on('error', console.error);
}

// Where real code keeps a socket: expressions, chained assignments, aliases of `this`,
// function values, helpers and methods of the file, factories, subclasses.
import * as net from 'node:net';
import tls from 'node:tls';
import { once } from 'node:events';
import { finished } from 'node:stream';

interface Options {
  socket?: net.Socket;
  port: number;
  host?: string;
  secure?: boolean;
}

export class OrClient {
  sock?: net.Socket;
  open(options: Options): void {
    this.sock = options.socket || new net.Socket();
    this.sock.on('error', (err) => {
      console.error(err);
    });
    this.sock.connect(options.port); // expect: error-listener
  }
}

export class OrClientListening {
  sock?: net.Socket;
  open(options: Options): void {
    this.sock = options.socket ?? new net.Socket();
    this.sock.on('error', (err) => console.error(err));
    this.sock.connect(options.port); // ok: error-listener
  }
}

export function ternary(options: Options): void {
  const s = options.secure ? tls.connect(options) : net.connect(options); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.write('hello');
}

export function ternaryListening(options: Options): void {
  const s = options.secure ? tls.connect(options) : net.connect(options); // ok: error-listener
  s.once('error', () => s.destroy());
}

export function parenthesesAndSequence(port: number): void {
  const s = (console.log('dialing'), net.connect(port)); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}

export class Chained {
  sock?: net.Socket;
  open(port: number): void {
    const s = (this.sock = net.connect(port)); // ok: error-listener
    s.on('error', (err) => console.error(err));
  }
  openUnheard(port: number): void {
    const s = (this.sock = net.connect(port)); // expect: error-listener
    this.sock.on('error', (err) => {
      console.error(err);
    });
    s.setNoDelay(true);
  }
}

export function dialValue(port: number): void {
  const dial = net.connect;
  const s = dial(port); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.end('x');
}

const transport = { connect: tls.connect };

export function objectOfFunctions(port: number): void {
  const s = transport.connect(port); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}

function connector(options: Options) {
  return options.secure ? tls.connect : net.connect;
}

export function chosenByOption(options: Options): void {
  const s = connector(options)(options); // ok: error-listener
  s.addListener('error', console.error);
}

function attachErrors(socket: net.Socket): void {
  socket.on('error', (err) => console.error('socket', err));
}

export function helperListens(port: number): void {
  const s = net.connect(port); // ok: error-listener
  attachErrors(s);
}

function setNoDelay(socket: net.Socket): void {
  socket.setNoDelay(true);
}

export function helperDoesNotListen(port: number): void {
  const s = net.connect(port); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  setNoDelay(s);
}

export class Wrapper {
  private sock: net.Socket;
  constructor(port: number) {
    this.sock = net.connect(port); // ok: error-listener
    this.bind(this.sock);
  }
  private bind(socket: net.Socket): void {
    socket.prependListener('error', (err) => this.fail(err));
  }
  fail(err: Error): void {
    console.error(err);
  }
}

function dial(port: number): net.Socket {
  return net.connect(port); // ok: error-listener
}

export function factoryCaller(port: number): void {
  const s = dial(port); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}

export function factoryCallerListening(port: number): void {
  const s = dial(port); // ok: error-listener
  s.on('error', console.error);
}

export class Conn extends net.Socket {
  constructor(private readonly port: number) {
    super();
  }
  start(): void {
    this.connect(this.port);
  }
}

export function subclassUnheard(port: number): void {
  const c = new Conn(port); // expect: error-listener
  c.on('error', (err) => {
    console.error(err);
  });
  c.start();
}

export function subclassHeard(port: number): void {
  const c = new Conn(port); // ok: error-listener
  c.on('error', console.error);
  c.start();
}

export class Forwarding extends net.Socket {} // a subclass that is never connected here

export class Forwarder {
  sock?: net.Socket;
  emit(_event: string, _err: Error): void {}
  open(port: number): void {
    this.sock = net.connect(port); // ok: error-listener
    this.sock.on('error', (e) => this.emit('error', e));
  }
  openBound(port: number): void {
    const s = net.connect(port); // ok: error-listener
    s.on('error', this.emit.bind(this, 'error'));
  }
}

export async function awaitedErrorEvent(port: number): Promise<void> {
  const s = net.connect(port); // ok: error-listener
  const [err] = await once(s, 'error');
  console.error(err);
}

export function finishedSurfaces(port: number): void {
  const s = net.connect(port); // ok: error-listener
  finished(s, (err) => console.error(err));
}

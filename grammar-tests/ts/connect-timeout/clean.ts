// grammar-test: {"rules": {"connect-timeout": "warn"}}
// Timeouts that end the socket: none of these is a finding.
import * as net from 'node:net';
import { Socket } from 'net';

export function optionAndDestroy(port: number): void {
  const s = net.connect({ port, timeout: 5000 }); // ok: connect-timeout
  s.on('error', console.error);
  s.on('timeout', () => s.destroy(new Error('connect timeout')));
}

export function setTimeoutAndEnd(port: number): void {
  const s = net.connect(port); // ok: connect-timeout
  s.setTimeout(10_000);
  s.on('error', console.error);
  s.once('timeout', () => {
    // ok: connect-timeout
    s.end();
  });
}

export function chainedSetTimeout(port: number): void {
  net
    .connect(port) // ok: connect-timeout
    .setTimeout(2000, function (this: net.Socket) {
      this.destroy();
    })
    .on('error', console.error);
}

export function newSocketOption(port: number): void {
  const s = new Socket();
  s.on('error', console.error);
  s.setTimeout(1000, () => s.destroy());
  s.connect({ port }); // ok: connect-timeout
}

export function handledByHelper(port: number, close: (s: net.Socket) => void): void {
  const s = net.connect({ port, timeout: 1000 }); // ok: connect-timeout
  s.on('error', console.error);
  s.on('timeout', () => close(s)); // ok: connect-timeout
}

/** Returned: the caller sets its own timeout. */
export function dial(port: number): net.Socket {
  return net.connect(port); // ok: connect-timeout
}

export function resetAndDestroy(port: number): void {
  const s = net.connect({ port, timeout: 500 }); // ok: connect-timeout
  s.on('error', console.error);
  s.on('timeout', () => s.resetAndDestroy());
}

export function quotedKey(port: number): void {
  const s = net.connect({ port, timeout: 500 }); // ok: connect-timeout
  s.on('error', console.error);
  s.on('timeout', () => s.destroy());
}

function onTimeout(this: net.Socket): void {
  this.destroy();
}

export function namedHandler(port: number): void {
  const s = net.connect({ port, timeout: 500 }); // ok: connect-timeout
  s.on('error', console.error);
  s.on('timeout', onTimeout); // ok: connect-timeout
}

// Sockets whose errors are heard, or handed on: none of these is a finding.
import * as net from 'node:net';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Socket } from 'net';

export function listens(port: number): void {
  const s = net.connect(port); // ok: error-listener
  s.on('error', (err) => console.error('connect failed:', err.message));
}

export function chained(port: number): void {
  net
    .createConnection(port) // ok: error-listener
    .on('connect', () => console.log('up'))
    .on('error', (err) => console.error(err));
}

export async function awaited(port: number): Promise<void> {
  const s = net.connect(port); // ok: error-listener
  try {
    await once(s, 'connect');
  } catch (err) {
    console.error(err);
  }
}

export async function piped(port: number, input: NodeJS.ReadableStream): Promise<void> {
  const s = net.connect(port); // ok: error-listener
  await pipeline(input, s);
}

/** Returned: the caller listens. */
export function dial(port: number): net.Socket {
  return net.connect(port); // ok: error-listener
}

export function returnedHolder(port: number): net.Socket {
  const s = net.connect(port); // ok: error-listener
  s.setNoDelay(true);
  return s;
}

/** Handed to a pool that owns it. */
export function pooled(port: number, pool: { add(s: net.Socket): void }): void {
  const s = net.connect(port); // ok: error-listener
  pool.add(s);
}

class Conn {
  private socket = new Socket();

  open(port: number): void {
    this.socket.on('error', (err) => this.fail(err));
    this.socket.connect(port); // ok: error-listener
  }

  fail(err: Error): void {
    console.error(err);
  }
}

export function prepended(port: number): void {
  const s = net.connect(port); // ok: error-listener
  s.prependListener('error', () => s.destroy());
}

export { Conn };

// TSX: a component module that also opens a socket, and listens for errors.
import * as net from 'node:net';

export function Status({ port }: { port: number }) {
  const s = net.connect(port); // ok: error-listener
  s.on('error', () => undefined);
  return <span>{port}</span>;
}

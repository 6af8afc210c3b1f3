import type { Socket } from 'node:net';

/** A connect timeout only when the caller gives one. */
export function armTimeout(socket: Socket, ms?: number): void {
  if (ms) socket.setTimeout(ms, () => socket.destroy());
}

export function armDefault(socket: Socket): void {
  setTimeout(() => socket.destroy(), 10_000);
}

// A helper that hands the socket on to another module's helper: what that one does counts.
import type { Socket } from 'node:net';
import { listen } from './errors';

export function prepare(socket: Socket): void {
  socket.setNoDelay(true);
  listen(socket);
}

export function tune(socket: Socket): void {
  socket.setNoDelay(true);
}

import type { Socket } from 'node:net';

export function listen(socket: Socket): void {
  socket.on('error', (err) => console.error('socket error', err));
}

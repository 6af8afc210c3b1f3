// Helpers of the project that a socket is handed to (ESM): named and default exports.
import type { Socket } from 'node:net';

export function guard(sock: Socket): void {
  sock.on('error', (err) => console.error(err));
  sock.setTimeout(5000, () => sock.destroy());
}

export const listen = (sock: Socket): void => {
  sock.on('error', () => sock.destroy());
};

export default function tune(sock: Socket): void {
  sock.setNoDelay(true);
}

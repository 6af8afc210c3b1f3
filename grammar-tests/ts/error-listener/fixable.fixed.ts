// Quick fix: an 'error' listener that reports the error, after the statement that makes the socket.
import * as net from 'node:net';

export function open(port: number): void {
  const socket = net.connect(port); // expect: error-listener
  socket.on('error', (err) => {
    console.error(err);
  });
  socket.write('hello');
}

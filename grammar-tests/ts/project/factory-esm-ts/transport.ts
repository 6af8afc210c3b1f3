// Factories of the project: what each does to its socket before handing it back.
import * as net from 'node:net';

export function dial(port: number): net.Socket {
  return net.connect({ port, host: 'db.internal' });
}

export function dialGuarded(port: number): net.Socket {
  const s = net.connect({ port, host: 'db.internal', timeout: 5000 });
  s.on('error', (err) => console.error(err));
  s.on('timeout', () => s.destroy());
  return s;
}

// A TSX module that connects to a short socket path.
import * as net from 'node:net';

export function Panel() {
  const s = net.connect({ path: '/run/panel.sock' }); // ok: unix-path-bounds
  s.on('error', () => s.destroy());
  return <div />;
}

// grammar-test: {"rules": {"connect-timeout": "warn"}}
// A TSX module whose socket has no timeout.
import * as net from 'node:net';

export function Status({ port }: { port: number }) {
  const s = net.connect(port); // expect: connect-timeout(noTimeout)
  s.on('error', () => s.destroy());
  return <span>{port}</span>;
}

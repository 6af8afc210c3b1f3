// A socket made per attempt inside a loop, in a TSX module.
import { Socket } from 'net';

export function tryAll(ports: number[]) {
  for (const port of ports) {
    const s = new Socket();
    s.on('error', () => s.destroy());
    s.connect(port); // ok: repeated-connect
  }
  return <div />;
}

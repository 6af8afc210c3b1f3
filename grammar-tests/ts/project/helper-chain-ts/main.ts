import * as net from 'node:net';
import * as setup from './setup';

export function prepared(port: number): void {
  const s = net.connect(port, 'example.com'); // ok: error-listener
  setup.prepare(s);
  s.setTimeout(3000, () => s.destroy());
}

export function tuned(port: number): void {
  const s = net.connect(port, 'example.com'); // expect: error-listener
  setup.tune(s);
  s.setTimeout(3000, () => s.destroy());
}

// Imported names hidden by local declarations are not Node's.
import { connect } from 'node:net';
import * as net from 'node:net';

export function localConnect(): void {
  const connect = (port: number) => ({ write(text: string) { return text + port; } });
  const c = connect(80); // ok: error-listener
  c.write('x');
}

export function parameterNet(net: { connect(port: number): { write(t: string): void } }): void {
  const c = net.connect(80); // ok: error-listener
  c.write('x');
}

export function stillTheImport(): void {
  const s = connect(80); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.write('x');
}

import * as net from 'node:net';
import { armDefault, armTimeout } from './timeouts.js';

export function optional(port: number, options: { timeout?: number }): void {
  const s = net.connect(port, 'example.com'); // expect: connect-timeout(timeoutOnlyWhenGiven)
  s.on('error', (err) => console.error(err));
  armTimeout(s, options.timeout);
}

export function always(port: number): void {
  const s = net.connect(port, 'example.com'); // ok: connect-timeout
  s.on('error', (err) => console.error(err));
  armDefault(s);
}

// A socket handed to a helper of another module gets what the helper does to it.
import * as net from 'node:net';
import tune, { guard, listen as onError } from './guard';

export function guarded(): void {
  const s = net.connect(80, 'example.com'); // ok: error-listener, connect-timeout
  guard(s);
}

export function listened(): void {
  const s = net.connect(81, 'example.com'); // expect: connect-timeout
  onError(s);
}

export function tuned(): void {
  const s = net.connect(82, 'example.com'); // expect: error-listener, connect-timeout
  tune(s);
}

export function tunedThenGuarded(): void {
  const s = net.connect(83, 'example.com'); // ok: error-listener, connect-timeout
  tune(s);
  guard(s);
}

// Sockets made by another module's factory (through the project index): judged here,
// with what the factory did to them.
import { dial, dialGuarded } from './transport.js';

export function bare(): void {
  const s = dial(5432); // expect: error-listener, connect-timeout
  s.write('hello');
}

export function guarded(): void {
  const s = dialGuarded(5432); // ok: error-listener, connect-timeout
  s.write('hello');
}

export function guardedHere(): void {
  const s = dial(5432); // ok: error-listener, connect-timeout
  s.on('error', (err) => console.error(err));
  s.setTimeout(5000, () => s.destroy());
  s.write('hello');
}

// tsc's calls of another module's exports: `(0, transport_1.dial)(...)`, `(0, transport_1.default)(...)`.
import openDefault, { dial, dialGuarded } from './transport';

export function plain(): void {
  const s = dial(80); // expect: connect-timeout
  s.on('error', (err) => console.error(err));
}

export function guarded(): void {
  const s = dialGuarded(80); // ok: connect-timeout, error-listener
  s.write('x');
}

export function byDefault(): void {
  const s = openDefault(80); // expect: error-listener, connect-timeout
  s.write('x');
}

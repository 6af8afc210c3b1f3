// grammar-test: {"platform": "linux"}
// On Linux sun_path is 108 bytes: 104 characters fit there.
import * as net from 'node:net';

export const a = net.connect({
  path: '/run/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.sock',
}); // ok: unix-path-bounds
export const b = net.connect({
  path: '/var/lib/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.sock', // expect: unix-path-bounds(literalTooLong)
});

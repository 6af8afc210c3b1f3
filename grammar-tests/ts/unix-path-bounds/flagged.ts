// Constant paths too long for sun_path (104 bytes with the NUL on FreeBSD and macOS).
import * as net from 'node:net';
import { createConnection, Socket } from 'net';

const RUN_DIR = '/var/run/application-with-a-long-name/instances/production-primary/runtime/';
const CONTROL = RUN_DIR + 'control-socket-for-the-admin-interface.sock';

export function options(): net.Socket {
  return net.connect({
    path: '/run/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.sock', // expect: unix-path-bounds(literalTooLong)
  });
}

export function stringArgument(): net.Socket {
  return createConnection(
    '/var/lib/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.sock', // expect: unix-path-bounds(literalTooLong)
  );
}

export function concatenated(): net.Socket {
  return net.connect({ path: RUN_DIR + 'admin-control-endpoint-with-a-descriptive-name.sock' }); // expect: unix-path-bounds(literalTooLong)
}

export function constant(): net.Socket {
  return net.createConnection({ path: CONTROL }); // expect: unix-path-bounds(literalTooLong)
}

export function template(): net.Socket {
  return net.connect({
    path: `/var/lib/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.sock`, // expect: unix-path-bounds(literalTooLong)
  });
}

export function socketConnect(): void {
  const s = new Socket();
  s.on('error', console.error);
  s.connect(
    '/run/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.sock', // expect: unix-path-bounds(literalTooLong)
  );
}

export function multibyte(): net.Socket {
  // 55 characters, but each é is two bytes in UTF-8: 106 bytes with the NUL.
  return net.connect({ path: '/run/éééééééééééééééééééééééééééééééééééééééééééééééééé' }); // expect: unix-path-bounds(literalTooLong)
}

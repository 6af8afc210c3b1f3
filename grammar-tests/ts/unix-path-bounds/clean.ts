// Paths that fit, or that are not file-system paths: none of these is a finding.
import * as net from 'node:net';

const RUN = '/run/app/';

export function fits(): net.Socket {
  return net.connect({ path: '/run/app/control.sock' }); // ok: unix-path-bounds
}

export function fitsConcatenated(): net.Socket {
  return net.connect({ path: RUN + 'control.sock' }); // ok: unix-path-bounds
}

export function runtimePath(dir: string): net.Socket {
  return net.connect({
    path: `${dir}/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.sock`,
  }); // ok: unix-path-bounds
}

export function abstractName(): net.Socket {
  return net.connect({
    path: '\0yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
  }); // ok: unix-path-bounds
}

export function windowsPipe(): net.Socket {
  return net.connect({
    path: '\\\\.\\pipe\\zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
  }); // ok: unix-path-bounds
}

export function windowsPipeQuestion(): net.Socket {
  return net.connect(
    '\\\\?\\pipe\\qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq',
  ); // ok: unix-path-bounds
}

export function tcpPort(): net.Socket {
  return net.connect(
    8080,
    'hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.example',
  ); // ok: unix-path-bounds
}

export function hostOption(): net.Socket {
  return net.connect({
    host: 'hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.example',
    port: 443,
  }); // ok: unix-path-bounds
}

export function exactly103(): net.Socket {
  return net.connect({
    path: '/run/ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc.sock',
  }); // ok: unix-path-bounds
}

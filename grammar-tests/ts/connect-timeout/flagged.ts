// grammar-test: {"rules": {"connect-timeout": "warn"}}
// connect-timeout is off by default; this fixture turns it on.
import * as net from 'node:net';
import { Socket } from 'net';
import tls from 'node:tls';

export function noTimeout(port: number): void {
  const s = net.connect({ port }); // expect: connect-timeout(noTimeout)
  s.on('error', console.error);
}

export function noTimeoutPositional(port: number): void {
  const s = net.createConnection(port, 'db.internal'); // expect: connect-timeout(noTimeout)
  s.on('error', console.error);
}

export function newSocketNoTimeout(port: number): void {
  const s = new Socket();
  s.on('error', console.error);
  s.connect(port); // expect: connect-timeout(noTimeout)
}

export function tlsNoTimeout(host: string): void {
  const s = tls.connect({ host, port: 443 }); // expect: connect-timeout(noTimeout)
  s.on('error', console.error);
}

export function handlerLogsOnly(port: number): void {
  const s = net.connect({ port, timeout: 5000 });
  s.on('error', console.error);
  s.on('timeout', () => { // expect: connect-timeout(timeoutIgnored)
    console.warn('slow peer');
  });
}

export function handlerSetsFlag(port: number): void {
  let timedOut = false;
  const s = net.connect(port);
  s.setTimeout(3000);
  s.on('error', console.error);
  s.once('timeout', () => { // expect: connect-timeout(timeoutIgnored)
    timedOut = true;
  });
  console.log(timedOut);
}

export function chainedNoTimeout(port: number): void {
  net.connect(port).on('error', console.error); // expect: connect-timeout(noTimeout)
}

export function handlerEmpty(port: number): void {
  const s = net.connect({ port, timeout: 1000 });
  s.on('error', console.error);
  s.on('timeout', () => {}); // expect: connect-timeout(timeoutIgnored)
}

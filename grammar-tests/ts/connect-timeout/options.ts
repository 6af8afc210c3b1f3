// grammar-test: {"rules": {"connect-timeout": "warn"}}
// Options where real code keeps them: in a variable declared before the call, assigned
// a key later, merged with Object.assign, or passed third (`tls.connect(port, host, options)`).
import * as net from 'node:net';
import * as tls from 'node:tls';

export function optionsInVariable(host: string, port: number): void {
  const options = { host, port, timeout: 10_000 };
  const s = net.connect(options); // ok: connect-timeout
  s.on('error', console.error);
  s.on('timeout', () => s.destroy());
}

export function optionsInVariableWithoutTimeout(host: string, port: number): void {
  const options = { host, port, keepAlive: true };
  const s = net.connect(options); // expect: connect-timeout
  s.on('error', console.error);
}

export function optionAssignedLater(host: string, port: number): void {
  const options: net.NetConnectOpts = { host, port };
  options.timeout = 5000;
  const s = net.createConnection(options); // ok: connect-timeout
  s.on('error', console.error);
  s.on('timeout', () => s.destroy());
}

export function mergedOptions(defaults: net.TcpNetConnectOpts, port: number): void {
  const s = net.connect(Object.assign({}, defaults, { port, timeout: 3000 })); // ok: connect-timeout
  s.on('error', console.error);
  s.on('timeout', () => s.end());
}

export function mergedWithoutTimeout(defaults: net.TcpNetConnectOpts, port: number): void {
  const s = net.connect(Object.assign({}, defaults, { port })); // expect: connect-timeout
  s.on('error', console.error);
}

export function tlsOptionsThird(host: string, port: number): void {
  const s = tls.connect(port, host, { servername: host, timeout: 8000 }); // ok: connect-timeout
  s.on('error', console.error);
  s.on('timeout', () => s.destroy());
}

export function tlsOptionsThirdWithoutTimeout(host: string, port: number): void {
  const s = tls.connect(port, host, { servername: host }); // expect: connect-timeout
  s.on('error', console.error);
}

export function unixPathInVariable(dir: string): void {
  const options = { path: `${dir}/app.sock` };
  const s = net.connect(options); // ok: connect-timeout
  s.on('error', console.error);
}

export function signalInVariable(port: number): void {
  const options = { port, signal: AbortSignal.timeout(5000) };
  const s = net.connect(options); // ok: connect-timeout
  s.on('error', console.error);
}

export function optionsAroundThePromise(host: string, port: number): Promise<net.Socket> {
  const opts = { host, port, timeout: 4000 };
  return new Promise((resolve, reject) => {
    const s = net.connect(opts, () => resolve(s)); // ok: connect-timeout
    s.once('error', reject);
    s.once('timeout', () => s.destroy(new Error('connect timeout')));
  });
}

export function otherFunctionsOptions(options: net.TcpNetConnectOpts): void {
  const s = net.connect(options); // expect: connect-timeout
  s.on('error', console.error);
}

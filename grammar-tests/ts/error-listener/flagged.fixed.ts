// Sockets that connect with nobody listening for 'error': one refused connect kills the process.
import * as net from 'node:net';
import { createConnection, Socket } from 'net';
import tls from 'node:tls';

export function ping(port: number): void {
  const socket = net.connect({ port, host: 'cache.internal' }, () => socket.write('PING\r\n')); // expect: error-listener
  socket.on('error', (err) => {
    console.error(err);
  });
  socket.on('data', (data) => console.log(data.toString()));
}

export function viaNamedImport(port: number): void {
  const conn = createConnection(port); // expect: error-listener
  conn.on('error', (err) => {
    console.error(err);
  });
  conn.setNoDelay(true);
  conn.end('bye');
}

export function chainedWithoutError(port: number): void {
  createConnection(port) // expect: error-listener
    .on('connect', () => console.log('up'))
    .on('data', (chunk) => process.stdout.write(chunk));
}

export function newSocketThenConnect(port: number): void {
  const s = new Socket();
  s.on('error', (err) => {
    console.error(err);
  });
  s.on('close', () => console.log('closed'));
  s.connect(port, '127.0.0.1'); // expect: error-listener
}

export function tlsConnect(host: string): void {
  const secure = tls.connect({ host, port: 443, servername: host }); // expect: error-listener
  secure.on('error', (err) => {
    console.error(err);
  });
  secure.once('secureConnect', () => secure.end());
}

class Client {
  private socket?: net.Socket;

  open(port: number): void {
    this.socket = net.createConnection({ port }); // expect: error-listener
    this.socket.on('error', (err) => {
      console.error(err);
    });
    this.socket.on('data', (d) => this.onData(d));
  }

  onData(data: Buffer): void {
    console.log(data.length);
  }
}

export function errorListenerRemoved(port: number): void {
  const s = net.connect(port); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.off('error', console.error);
}

export function onceWithoutTry(port: number): void {
  const s = net.connect(port); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.once('ready', () => s.end());
}

export { Client };

export function listenerTooLate(port: number): void {
  const s = net.connect(port); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.on('connect', () => {
    s.on('error', console.error);
  });
}

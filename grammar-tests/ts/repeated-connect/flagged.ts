// Node sockets connected again while connecting or connected.
import * as net from 'node:net';
import dgram from 'node:dgram';

export function connectTwice(port: number): void {
  const s = new net.Socket();
  s.on('error', console.error);
  s.connect(port, 'a.internal');
  s.connect(port, 'b.internal'); // expect: repeated-connect(streamAgain)
}

export function connectAfterConnect(port: number): void {
  const s = net.connect(port);
  s.on('error', console.error);
  s.connect(port + 1); // expect: repeated-connect(streamAgain)
}

export function reconnectOnError(port: number): void {
  const s = net.createConnection(port);
  s.on('error', () => {
    s.connect(port); // expect: repeated-connect(streamAgain)
  });
}

export function reconnectOnEnd(port: number): void {
  const s = net.connect(port);
  s.on('error', console.error);
  s.on('end', () => s.connect(port)); // expect: repeated-connect(streamAgain)
}

export function retryLoop(ports: number[]): void {
  const s = new net.Socket();
  s.on('error', console.error);
  for (const port of ports) {
    s.connect(port); // expect: repeated-connect(inLoop)
  }
}

export function dgramTwice(): void {
  const u = dgram.createSocket('udp4');
  u.on('error', console.error);
  u.connect(53, '10.0.0.1');
  u.connect(53, '10.0.0.2'); // expect: repeated-connect(dgramTwice)
}

export function dgramInLoop(servers: string[]): void {
  const u = dgram.createSocket('udp6');
  for (const server of servers) {
    u.connect(53, server); // expect: repeated-connect(inLoop)
  }
}

/** Two methods: which runs first is the caller's business, so this is not judged. */
class Link {
  private sock = new net.Socket();

  up(port: number): void {
    this.sock.on('error', console.error);
    this.sock.connect(port);
  }

  retry(port: number): void {
    this.sock.connect(port); // ok: repeated-connect
  }
}

export { Link };

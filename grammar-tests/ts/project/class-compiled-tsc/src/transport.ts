// Classes of a module, compiled. ../transport.js and ../client.js are tsc 6.0 output of src/: tsc --ignoreConfig --module commonjs --target es2020 --esModuleInterop --skipLibCheck --types node --outDir . src/transport.ts src/client.ts
import net from 'net';

export class Conn {
  static open(port: number): net.Socket {
    return net.connect(port, 'example.com');
  }

  attach(sock: net.Socket): void {
    sock.on('error', (err) => console.error(err));
    sock.setTimeout(5000, () => sock.destroy());
  }

  keep(sock: net.Socket): void {
    sock.setKeepAlive(true);
  }
}

export default class Dialer {
  constructor(sock: net.Socket) {
    sock.on('error', () => sock.destroy());
    sock.setTimeout(1000, () => sock.destroy());
  }
}

// A module of factories. ../transport.js and ../client.js are tsc 6.0 output of src/: tsc --ignoreConfig --module commonjs --target es2020 --esModuleInterop --skipLibCheck --types node --outDir . src/transport.ts src/client.ts
import net from 'net';

export function dial(port: number): net.Socket {
  return net.connect(port, 'example.com');
}

export function dialGuarded(port: number): net.Socket {
  const s = net.connect({ port, host: 'example.com', timeout: 5000 });
  s.on('error', (err) => console.error(err));
  s.on('timeout', () => s.destroy());
  return s;
}

export default function openDefault(port: number): net.Socket {
  return net.createConnection(port, 'example.com');
}

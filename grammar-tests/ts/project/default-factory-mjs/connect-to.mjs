import net from 'node:net';
import dgram from 'node:dgram';

export default function connectTo(port) {
  const s = net.connect(port, 'example.com');
  s.on('error', (err) => console.error(err));
  return s;
}

export const udp = () => dgram.createSocket('udp4');

// A parameter named as the import is the caller's path, not the module's: a file that
// declares the name anywhere is not read through the import.
import * as net from 'node:net';
import { DATA_SOCKET } from './paths';

export function given(DATA_SOCKET: string): net.Socket {
  return net.connect({ path: DATA_SOCKET }); // ok: unix-path-bounds
}

export function imported(): string {
  return DATA_SOCKET;
}

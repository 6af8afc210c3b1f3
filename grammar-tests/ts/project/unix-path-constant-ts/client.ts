// Paths imported from another module of the project (through the project index): measured
// as the file's own constants are.
import * as net from 'node:net';
import { CONTROL_SOCKET, DATA_SOCKET } from './paths';

export function control(): net.Socket {
  return net.connect({ path: CONTROL_SOCKET }); // ok: unix-path-bounds
}

export function data(): net.Socket {
  return net.connect(DATA_SOCKET); // expect: unix-path-bounds
}

export function dataOption(): net.Socket {
  return net.createConnection({ path: DATA_SOCKET }); // expect: unix-path-bounds
}

// Paths required from another module of the project (through the project index).
const net = require('net');
const { CONTROL_SOCKET, DATA_SOCKET } = require('./paths');

function control() {
  return net.connect(CONTROL_SOCKET); // ok: unix-path-bounds
}

function data() {
  const s = new net.Socket();
  s.connect(DATA_SOCKET); // expect: unix-path-bounds
  return s;
}

module.exports = { control, data };

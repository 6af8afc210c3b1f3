// CommonJS: a constant path too long.
const net = require('node:net');

const SOCKET =
  '/var/lib/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.sock';

function open() {
  return net.connect(SOCKET); // expect: unix-path-bounds(literalTooLong)
}

module.exports = { open };

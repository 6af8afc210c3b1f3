'use strict';
// Classes exported the CommonJS ways: `module.exports = { Conn }`, a base of the same
// module, and a base another module exports (`Secure extends Pool`).
const net = require('net');
const Pool = require('./pool');

class Base {
  attach(sock) {
    sock.on('error', (err) => console.error(err));
    sock.setTimeout(5000, () => sock.destroy());
  }
}

class Conn extends Base {
  static open(port) {
    return net.connect(port, 'example.com');
  }

  quiet(sock) {
    sock.setNoDelay(true);
  }
}

class Secure extends Pool {}

module.exports = { Conn, Secure };

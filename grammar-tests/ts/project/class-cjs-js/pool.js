'use strict';
// `module.exports = class`: the module is the class.
const net = require('net');

module.exports = class Pool {
  static dial(port) {
    const s = net.connect({ port, host: 'example.com', timeout: 3000 });
    s.on('error', (err) => console.error(err));
    s.on('timeout', () => s.destroy());
    return s;
  }

  static raw(port) {
    return net.connect(port, 'example.com');
  }

  guard(sock) {
    sock.on('error', () => sock.destroy());
    sock.setTimeout(3000);
    sock.on('timeout', () => sock.destroy());
  }

  log(sock) {
    console.log(sock.remoteAddress);
  }
};

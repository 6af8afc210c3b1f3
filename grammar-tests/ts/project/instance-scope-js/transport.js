'use strict';
// A class another module exports: `attach` listens and times out, `describe` only reads.
class Conn {
  constructor(host) {
    this.host = host;
  }

  attach(sock) {
    sock.on('error', (err) => console.error(this.host, err));
    sock.setTimeout(5000, () => sock.destroy());
  }

  describe(sock) {
    return `${this.host} ${sock.remotePort}`;
  }
}

module.exports = { Conn };

'use strict';
// Helpers of the project that a socket is handed to.

exports.guard = function (sock) {
  sock.on('error', (err) => console.error(err));
  sock.setTimeout(5000, () => sock.destroy());
};

exports.logPeer = function (sock) {
  console.log('connecting to', sock.remoteAddress);
};

const registry = [];
module.exports.keep = function keep(sock) {
  registry.push(sock);
};

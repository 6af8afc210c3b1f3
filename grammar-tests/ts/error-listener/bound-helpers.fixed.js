// The bound helpers of bound-helpers.ts in CommonJS (`fn.call(self, s)`, a prototype
// method bound to the socket).
'use strict';
const net = require('net');

function attach(socket) {
  socket.on('error', function (err) {
    this.emit('error', err);
  });
}

function describe(socket) {
  return socket.remoteAddress + ':' + socket.remotePort;
}

function Pool(port) {
  var self = this;
  self.conn = net.connect(port); // ok: error-listener
  attach.call(self, self.conn);
}

function Noisy(port) {
  var self = this;
  self.conn = net.connect(port); // expect: error-listener
  self.conn.on('error', (err) => {
    console.error(err);
  });
  console.log(describe.call(self, self.conn));
}

function Deferred(port) {
  this.conn = net.connect(port); // ok: error-listener
  setImmediate(this.guard.bind(this, this.conn));
}

Deferred.prototype.guard = function (conn) {
  conn.prependListener('error', function () {
    conn.destroy();
  });
};

function Deaf(port) {
  this.conn = net.connect(port); // expect: error-listener
  this.conn.on('error', (err) => {
    console.error(err);
  });
  setImmediate(this.peek.bind(this, this.conn));
}

Deaf.prototype.peek = function (conn) {
  return conn.pending;
};

module.exports = { Pool, Noisy, Deferred, Deaf };

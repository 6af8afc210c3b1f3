// grammar-test: {"rules": {"connect-timeout": "warn"}}
// The timers of timers.ts in CommonJS: ES5 classes with `var self = this`, a timer's
// method given bound, a socket bound to a helper, and their flagged neighbours.
'use strict';
const net = require('net');

function Client(options) {
  this.options = options;
  this.socket = null;
  this.timer = null;
}

Client.prototype.connect = function () {
  var self = this;
  self.socket = net.createConnection(self.options.port, self.options.host); // ok: connect-timeout
  self.socket.on('error', function (err) {
    self.emit('error', err);
  });
  self.timer = setTimeout(self._onConnectTimeout.bind(self), self.options.connectTimeout || 10000);
  self.socket.once('connect', function () {
    clearTimeout(self.timer);
  });
};

Client.prototype._onConnectTimeout = function () {
  this.socket.destroy(new Error('connect ETIMEDOUT'));
};

function Slow(options) {
  this.options = options;
  this.socket = null;
}

Slow.prototype.connect = function () {
  var self = this;
  self.socket = net.createConnection(self.options.port); // expect: connect-timeout
  self.socket.on('error', function () {});
  setTimeout(self._onSlow.bind(self), 10000);
};

Slow.prototype._onSlow = function () {
  console.warn('slow connect', this.options.port);
};

function dialWithTimer(port) {
  var s = net.connect(port); // ok: connect-timeout
  s.on('error', function () {});
  function giveUp() {
    s.destroy();
  }
  var timer = setTimeout(giveUp, 3000);
  s.on('connect', function () {
    clearTimeout(timer);
  });
  return timer;
}

function Bound(port) {
  this.sock = net.connect(port); // ok: connect-timeout
  this.sock.on('error', function () {});
  setTimeout(this.kill.bind(this, this.sock), 3000);
}

Bound.prototype.kill = function (sock) {
  sock.destroy();
};

function BoundLogger(port) {
  this.sock = net.connect(port); // expect: connect-timeout
  this.sock.on('error', function () {});
  setTimeout(this.log.bind(this, this.sock), 3000);
}

BoundLogger.prototype.log = function (sock) {
  console.log(sock.remoteAddress);
};

module.exports = { Client, Slow, dialWithTimer, Bound, BoundLogger };

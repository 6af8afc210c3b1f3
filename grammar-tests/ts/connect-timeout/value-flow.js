// grammar-test: {"rules": {"connect-timeout": "warn"}}
// The same in CommonJS: timers, signals, paths, helpers and prototypes.
'use strict';
const net = require('net');
const tls = require('tls');

function Client(options) {
  var self = this;
  self.options = options;
  self.conn = net.connect(options.port, options.host); // expect: connect-timeout(noTimeout)
  self.conn.on('error', function (err) {
    self.emit('error', err);
  });
}

function Timed(options) {
  var self = this;
  self.conn = net.connect(options.port, options.host); // ok: connect-timeout
  self.conn.on('error', console.error);
}

Timed.prototype.arm = function () {
  var self = this;
  self.conn.setTimeout(3000, function () {
    self.conn.destroy();
  });
};

function optional(options) {
  var sock = tls.connect(options); // expect: connect-timeout(timeoutOnlyWhenGiven)
  sock.on('error', console.error);
  if (options.timeout) {
    sock.setTimeout(options.timeout);
    sock.on('timeout', function () {
      sock.destroy();
    });
  }
}

function defaulted(options) {
  var timeout = options.timeout || 15000;
  var sock = tls.connect(options); // ok: connect-timeout
  sock.on('error', console.error);
  if (timeout) {
    sock.setTimeout(timeout, function () {
      sock.destroy();
    });
  }
}

function timer(options) {
  var sock = net.createConnection(options); // ok: connect-timeout
  var t = setTimeout(function () {
    sock.destroy();
  }, 5000);
  sock.on('connect', function () {
    clearTimeout(t);
  });
  sock.on('error', console.error);
}

function signal(options, controller) {
  var sock = net.connect({ port: options.port, signal: controller.signal }); // ok: connect-timeout
  sock.on('error', console.error);
}

function ipc(options) {
  var sock = net.connect({ path: options.path }); // ok: connect-timeout
  sock.on('error', console.error);
}

function timeoutOption(options) {
  var sock = net.connect({ port: options.port, timeout: options.timeout }); // expect: connect-timeout(timeoutOnlyWhenGiven)
  sock.on('error', console.error);
  sock.on('timeout', function () {
    sock.destroy();
  });
}

function ignoredCallback(port) {
  var sock = net.connect(port);
  sock.on('error', console.error);
  sock.setTimeout(1000, function () { // expect: connect-timeout(timeoutIgnored)
    console.log('timeout');
  });
}

function helper(sock) {
  sock.setTimeout(1000);
  sock.on('timeout', function () {
    sock.destroy();
  });
}

function viaHelper(port) {
  var sock = net.connect(port); // ok: connect-timeout
  sock.on('error', console.error);
  helper(sock);
}

function nullish(options) {
  var sock = options.socket ?? net.connect(options.port); // expect: connect-timeout(noTimeout)
  sock.on('error', console.error);
}

module.exports = { Client, Timed, optional, defaulted, timer, signal, ipc, timeoutOption };
module.exports.more = { ignoredCallback, viaHelper, nullish };

function listenOnly(port) {
  var socket = net.connect(port); // expect: connect-timeout(noTimeout)
  return { on: socket.on.bind(socket), close: socket.destroy.bind(socket) };
}

function guardedTimer(options) {
  var socket = net.connect(options.port); // expect: connect-timeout(timeoutOnlyWhenGiven)
  socket.on('error', console.error);
  if (options.connectTimeout) {
    setTimeout(function () {
      socket.destroy();
    }, options.connectTimeout);
  }
}

function abortedBySignal(options, signal) {
  var socket = net.connect(options.port); // ok: connect-timeout
  var onAbort = function () {
    socket.destroy();
  };
  socket.on('error', console.error);
  signal.addEventListener('abort', onAbort, { once: true });
}

function announced(emitter, port) {
  var socket = net.connect(port); // expect: connect-timeout(noTimeout)
  socket.on('error', console.error);
  socket.once('connect', function () {
    emitter.emit('connect', socket);
  });
}

module.exports.last = { listenOnly, guardedTimer, abortedBySignal, announced };

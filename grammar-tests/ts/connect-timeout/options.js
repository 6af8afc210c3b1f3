// grammar-test: {"rules": {"connect-timeout": "warn"}}
// The options of options.ts in CommonJS: `var` declarations and `opts.timeout = ...`.
'use strict';
var net = require('net');
var tls = require('tls');

function dial(host, port) {
  var opts = { host: host, port: port, timeout: 15000 };
  var sock = net.connect(opts); // ok: connect-timeout
  sock.on('error', function () {});
  sock.on('timeout', function () {
    sock.destroy();
  });
  return sock;
}

function dialWithoutTimeout(host, port) {
  var opts = { host: host, port: port };
  var sock = net.connect(opts); // expect: connect-timeout
  sock.on('error', function () {});
  sock.on('data', function () {});
}

function dialAssigned(config) {
  var opts = {};
  opts.host = config.host;
  opts.port = config.port;
  opts.timeout = 20000;
  var sock = net.createConnection(opts); // ok: connect-timeout
  sock.on('error', function () {});
  sock.once('timeout', function () {
    sock.end();
  });
}

function secure(host, port) {
  var sock = tls.connect(port, host, { rejectUnauthorized: true, timeout: 7000 }); // ok: connect-timeout
  sock.on('error', function () {});
  sock.on('timeout', function () {
    sock.destroy();
  });
}

function secureWithoutTimeout(host, port) {
  var sock = tls.connect(port, host, { rejectUnauthorized: true }); // expect: connect-timeout
  sock.on('error', function () {});
}

module.exports = { dial, dialWithoutTimeout, dialAssigned, secure, secureWithoutTimeout };

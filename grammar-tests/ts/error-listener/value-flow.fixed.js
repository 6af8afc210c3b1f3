// The same shapes in plain CommonJS: `var self = this`, prototypes, requires.
'use strict';
const net = require('net');
const tls = require('node:tls');
const events = require('events');
const { pipeline } = require('stream');

function Client(options) {
  var self = this;
  self.options = options;
  self.conn = options.socket || net.connect(options.port); // expect: error-listener
  self.conn.on('error', (err) => {
    console.error(err);
  });
  self.conn.on('data', function (chunk) {
    self.onData(chunk);
  });
}

Client.prototype.onData = function (chunk) {
  console.log(chunk.length);
};

function Session(options) {
  var that = this;
  that.conn = net.connect(options.port); // ok: error-listener
}

Session.prototype.listen = function () {
  var me = this;
  me.conn.on('error', function (err) {
    console.error(err);
  });
};

function Compiled(port) {
  var _this = this;
  this.sock = net.createConnection(port); // ok: error-listener
  this.sock.on('error', function (err) {
    return _this.fail(err);
  });
}

Compiled.prototype.fail = function (err) {
  console.error(err);
};

function chained(port) {
  var s = (this.sock = tls.connect({ port: port })); // expect: error-listener
  this.sock.on('error', (err) => {
    console.error(err);
  });
  s.write('x');
}

function chainedHeard(port) {
  var s = (this.sock = tls.connect({ port: port })); // ok: error-listener
  this.sock.once('error', console.error);
  s.write('x');
}

var transport = {};
transport.connect = net.connect;

function assignedFunction(port) {
  var s = transport.connect(port); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}

function pick(options) {
  if (options.secure) return tls.connect;
  return net.connect;
}

function picked(options) {
  var s = pick(options)(options); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}

function helper(sock) {
  sock.on('error', function () {
    sock.destroy();
  });
}

function viaHelper(port) {
  var s = net.connect(port); // ok: error-listener
  helper(s);
}

function nullish(options) {
  var s = options.socket ?? net.connect(options.port); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}

async function waitError(port) {
  var s = net.connect(port); // ok: error-listener
  await events.once(s, 'error');
}

function piped(port, source) {
  var s = net.connect(port); // ok: error-listener
  pipeline(source, s, function (err) {
    if (err) console.error(err);
  });
}

class Sub extends net.Socket {
  constructor() {
    super();
    this.on('error', console.error);
  }
}

function subclassListens(port) {
  var c = new Sub(); // ok: error-listener
  c.connect(port);
}

class Bare extends net.Socket {
  open(port) {
    return this.connect(port);
  }
}

function subclassBare(port) {
  var c = new Bare(); // expect: error-listener
  c.on('error', (err) => {
    console.error(err);
  });
  c.open(port);
}

module.exports = { Client, Session, Compiled, chained, chainedHeard, assignedFunction, picked };
module.exports.more = { viaHelper, nullish, waitError, piped, subclassListens, subclassBare };

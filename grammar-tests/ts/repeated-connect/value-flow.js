// The same in CommonJS: prototypes, `var self = this`, helpers, a function value.
'use strict';
const net = require('net');
const dgram = require('dgram');

function Client(options) {
  var self = this;
  self.options = options;
  self.sock = net.connect(options.port);
  self.sock.on('error', function () {
    self.sock.connect(options.port); // expect: repeated-connect(streamAgain)
  });
}

function Patient(options) {
  var self = this;
  self.sock = net.connect(options.port);
  self.sock.on('error', console.error);
  self.sock.on('close', function () {
    self.sock.connect(options.port); // ok: repeated-connect
  });
}

Patient.prototype.reconnect = function () {
  this.sock.connect(this.options.port); // ok: repeated-connect
};

var dial = net.createConnection;

function viaFunctionValue(port) {
  var s = dial(port);
  s.on('error', console.error);
  s.connect(port); // expect: repeated-connect(streamAgain)
}

function connectTo(sock, port) {
  sock.connect(port);
}

function helperTwice(port) {
  var s = new net.Socket();
  s.on('error', console.error);
  s.connect(port);
  connectTo(s, port + 1); // todo: repeated-connect
}

function Pinger(host) {
  this.udp = dgram.createSocket('udp4');
  this.udp.connect(7, host); // ok: repeated-connect
}

function Streamer(host) {
  this.udp = new net.Socket();
  this.udp.on('error', console.error);
  this.udp.connect(7, host); // ok: repeated-connect
}

function udpTwice(host) {
  var u = dgram.createSocket('udp4');
  var alias = u;
  u.connect(53, host);
  alias.connect(53, host); // expect: repeated-connect(dgramTwice)
}

function udpReconnected(host) {
  var u = dgram.createSocket('udp4');
  u.connect(53, host);
  u.disconnect();
  u.connect(53, host); // ok: repeated-connect
}

function orSocket(options) {
  var s = options.socket || new net.Socket();
  s.on('error', console.error);
  s.connect(options.port); // ok: repeated-connect
}

module.exports = { Client, Patient, viaFunctionValue, helperTwice, Pinger, Streamer, udpTwice };
module.exports.more = { udpReconnected, orSocket };

function implicitTls(options) {
  var plain = new net.Socket();
  var secureOptions = {};
  secureOptions.socket = plain;
  plain.on('error', console.error);
  var secure = require('tls').connect(secureOptions);
  secure.on('error', console.error);
  secure.connect(options.port, options.host); // ok: repeated-connect
}

module.exports.last = { implicitTls };

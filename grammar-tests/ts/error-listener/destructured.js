// The destructured fields of destructured.ts in an ES5 class's methods (`this` and `self`).
'use strict';
const net = require('net');

function Client(port) {
  this.conn = net.connect(port); // ok: error-listener
  this.listen();
}

Client.prototype.listen = function () {
  const { conn } = this;
  conn.on('error', function () {});
};

function Quiet(port) {
  this.conn = net.connect(port); // expect: error-listener
  this.hello();
}

Quiet.prototype.hello = function () {
  var self = this;
  const { conn } = self;
  conn.write('hello');
};

module.exports = { Client, Quiet };

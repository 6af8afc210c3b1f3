'use strict';
// The CommonJS shapes of instance-scope-ts: `var`, a block's shadowing `conn`, a name
// given another object later, and `this.conn` of a class that holds something else.
const net = require('net');
const { Conn } = require('./transport');
const { logger } = require('./logger');

function described() {
  var conn = new Conn('example.com');
  const s = net.connect(80, 'example.com'); // expect: error-listener, connect-timeout
  console.log(conn.describe(s));
}

function otherFunction(conn) {
  const s = net.connect(81, 'example.com'); // ok: error-listener, connect-timeout
  conn.describe(s);
}

function shadowedInBlock(ready) {
  if (ready) {
    const conn = logger();
    const s = net.connect(82, 'example.com'); // ok: error-listener, connect-timeout
    conn.describe(s);
  }
}

function reassignedLater() {
  var conn = new Conn('example.com');
  const s = net.connect(83, 'example.com'); // ok: error-listener, connect-timeout
  conn.describe(s);
  conn = logger();
  return conn;
}

class Client {
  constructor() {
    this.conn = new Conn('example.com');
  }

  start() {
    const s = net.connect(84, 'example.com'); // expect: error-listener, connect-timeout
    this.conn.describe(s);
  }

  handlers() {
    return {
      conn: logger(),
      start() {
        const s = net.connect(86, 'example.com'); // ok: error-listener, connect-timeout
        this.conn.describe(s);
      },
    };
  }
}

class Relay {
  constructor() {
    this.conn = logger();
  }

  start() {
    const s = net.connect(85, 'example.com'); // ok: error-listener, connect-timeout
    this.conn.describe(s);
  }
}

module.exports = { described, otherFunction, shadowedInBlock, reassignedLater, Client, Relay };

'use strict';
// Sockets made by, or handed to, the members of classes of other modules (CommonJS).
const net = require('net');
const { Conn, Secure } = require('./transport');
const Pool = require('./pool');
const guards = require('./guard');

function opened() {
  const s = Conn.open(80); // expect: error-listener, connect-timeout
  s.write('x');
}

function inherited() {
  const conn = new Conn();
  const s = net.connect(81, 'example.com'); // ok: error-listener, connect-timeout
  conn.attach(s);
}

function quieted() {
  const conn = new Conn();
  const s = net.connect(82, 'example.com'); // expect: error-listener, connect-timeout
  conn.quiet(s);
}

function pooled() {
  const s = Pool.dial(83); // ok: error-listener, connect-timeout
  s.write('x');
}

function raw() {
  const s = Pool.raw(89); // expect: error-listener, connect-timeout
  s.write('x');
}

function guarded() {
  const g = new guards.Guard();
  const s = net.connect(84, 'example.com'); // ok: error-listener, connect-timeout
  g.watch(s);
}

function secured() {
  const secure = new Secure();
  const s = net.connect(85, 'example.com'); // ok: error-listener, connect-timeout
  secure.guard(s);
}

function logged() {
  const pool = new Pool();
  const s = net.connect(86, 'example.com'); // expect: error-listener, connect-timeout
  pool.log(s);
}

class Reconnector extends Conn {
  start() {
    const s = net.connect(87, 'example.com'); // ok: error-listener, connect-timeout
    this.attach(s);
  }

  idle() {
    const s = net.connect(88, 'example.com'); // expect: error-listener, connect-timeout
    this.quiet(s);
  }
}

module.exports = { opened, inherited, quieted, pooled, raw, guarded, secured, logged, Reconnector };

'use strict';
// A socket handed to a helper of another module gets what the helper does to it: the
// listener and timeout of `guard`, nothing of `logPeer`; `keep` stores it where the
// index does not follow, and the socket is not judged here (as before the index).
const net = require('net');
const { guard, logPeer } = require('./helpers');
const helpers = require('./helpers.js');

function guarded() {
  const a = net.connect(80, 'example.com'); // ok: error-listener, connect-timeout
  guard(a);
  return 1;
}

function logged() {
  const b = net.connect(81, 'example.com'); // expect: error-listener, connect-timeout
  logPeer(b);
}

function kept() {
  const c = net.connect(82, 'example.com'); // ok: error-listener, connect-timeout
  helpers.keep(c);
}

module.exports = { guarded, logged, kept };

// CommonJS: connect chained twice, and a TLS socket connected again.
const net = require('net');
const tls = require('node:tls');

function chainedTwice(port) {
  new net.Socket().on('error', console.error).connect(port, 'a').connect(port, 'b'); // expect: repeated-connect(streamAgain)
}

function tlsAgain(host) {
  const s = tls.connect(443, host);
  s.on('error', console.error);
  s.on('timeout', () => s.connect(443, host)); // expect: repeated-connect(streamAgain)
}

module.exports = { chainedTwice, tlsAgain };

// connect-timeout is off by default: no timeout here, and no finding.
const net = require('net');

function plain(port) {
  const s = net.connect(port); // ok: connect-timeout
  s.on('error', console.error);
}

module.exports = { plain };

// grammar-test: {"rules": {"connect-timeout": "warn"}}
// Quick fix: a timeout option.
const net = require('net');

function open(port) {
  const socket = net.connect({ port, host: 'db' }); // expect: connect-timeout(noTimeout)
  socket.on('error', console.error);
  socket.on('timeout', () => socket.destroy());
}

module.exports = { open };

// CommonJS: the same mistakes.
const net = require('net');
const { connect } = require('node:tls');

function send(port, payload) {
  const client = net.connect(port, 'localhost', () => { // expect: error-listener
    client.end(payload);
  });
  client.on('error', (err) => {
    console.error(err);
  });
}

function secure(host) {
  const s = connect(443, host); // expect: error-listener
  s.on('error', (err) => {
    console.error(err);
  });
  s.on('secureConnect', () => s.end());
}

module.exports = { send, secure };

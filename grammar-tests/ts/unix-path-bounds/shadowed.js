// The same const name in two functions: neither value is "the" constant.
const net = require('net');

function short() {
  const P = '/run/app.sock';
  return net.connect(P); // ok: unix-path-bounds
}

function long() {
  const P = '/var/run/application-with-a-long-name/instances/production-primary/runtime/control-socket.sock';
  return P.length;
}

module.exports = { short, long };

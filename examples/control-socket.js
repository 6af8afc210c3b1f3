// A CommonJS helper that talks to a daemon over a UNIX-domain socket.
const net = require('net');

// 112 bytes with its NUL: longer than sun_path (104 on FreeBSD and macOS, 108 on Linux).
const CONTROL_SOCKET = '/var/run/example-daemon/instances/production-primary/runtime/sockets/control-socket-for-the-administrators.sock';

function askDaemonBuggy(command) {
  const client = net.createConnection(CONTROL_SOCKET);
  client.on('error', (err) => console.error('daemon:', err.message));
  client.end(command);
}

function askDaemon(command) {
  const client = net.createConnection('/run/example-daemon.sock');
  client.on('error', (err) => console.error('daemon:', err.message));
  client.end(command);
}

module.exports = { askDaemonBuggy, askDaemon };

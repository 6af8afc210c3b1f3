// Reconnecting the Node way: none of these is a finding.
const net = require('node:net');
const dgram = require('dgram');

function reconnectOnClose(port) {
  const s = net.connect(port); // ok: repeated-connect
  s.on('error', console.error);
  s.on('close', () => {
    setTimeout(() => s.connect(port), 1000); // ok: repeated-connect
  });
}

function freshSocketPerAttempt(ports) {
  for (const port of ports) {
    const s = net.connect(port); // ok: repeated-connect
    s.on('error', () => s.destroy());
  }
}

function newSocketConnectOnce(port) {
  const s = new net.Socket();
  s.on('error', console.error);
  s.connect(port); // ok: repeated-connect
}

function dgramDisconnectBetween() {
  const u = dgram.createSocket('udp4');
  u.connect(53, '10.0.0.1'); // ok: repeated-connect
  u.disconnect();
  u.connect(53, '10.0.0.2'); // ok: repeated-connect
}

function dgramOnce() {
  const u = dgram.createSocket('udp4');
  u.connect(123, 'ntp.internal'); // ok: repeated-connect
}

function otherClients(db) {
  db.connect(); // ok: repeated-connect
  db.connect(); // ok: repeated-connect
}

module.exports = {
  reconnectOnClose,
  freshSocketPerAttempt,
  newSocketConnectOnce,
  dgramDisconnectBetween,
  dgramOnce,
  otherClients,
};

// One connect or the other, never both.
function eitherAddress(useBackup, port) {
  const s = new net.Socket();
  s.on('error', console.error);
  if (useBackup) s.connect(port, 'backup'); // ok: repeated-connect
  else s.connect(port, 'primary'); // ok: repeated-connect
  const u = dgram.createSocket('udp4');
  if (useBackup) u.connect(53, '10.0.0.2'); // ok: repeated-connect
  else u.connect(53, '10.0.0.1'); // ok: repeated-connect
}

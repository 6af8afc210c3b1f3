'use strict';
// `exports.Guard = Guard`.
class Guard {
  watch(sock) {
    sock.once('error', (err) => console.error(err));
    sock.setTimeout(2000, () => sock.destroy());
  }
}

exports.Guard = Guard;

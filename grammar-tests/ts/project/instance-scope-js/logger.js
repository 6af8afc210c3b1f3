'use strict';
// An object with a `describe` of its own, unrelated to Conn.
exports.logger = () => ({ describe: (sock) => String(sock) });

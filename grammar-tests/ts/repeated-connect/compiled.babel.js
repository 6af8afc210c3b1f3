"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.Patient = exports.Client = void 0;
exports.connectAgain = connectAgain;
exports.dgramDisconnected = dgramDisconnected;
exports.dgramTwice = dgramTwice;
exports.namedTwice = namedTwice;
exports.switchArms = switchArms;
var _nodeNet = _interopRequireWildcard(require("node:net"));
var dgram = _interopRequireWildcard(require("node:dgram"));
var cache;
function _interopRequireWildcard(e, t) { if (!t && e && e.__esModule) return e; var r, c, a = Object.defineProperty, n = { __proto__: null, default: e }; if (Object(e) !== e) return n; if (cache || "function" != typeof WeakMap || (cache = new WeakMap()), cache) { if (cache.has(e)) return cache.get(e); cache.set(e, n); } for (c in e) "default" !== c && {}.hasOwnProperty.call(e, c) && ((r = a && Object.getOwnPropertyDescriptor(e, c)) && (r.get || r.set) ? a(n, c, r) : n[c] = e[c]); return n; }
// Compiled by tsc, Babel and esbuild into compiled.*.js beside it.

function connectAgain(port) {
  const s = _nodeNet.default.connect(port);
  s.on('error', console.error);
  //! expect-next: repeated-connect
  s.connect(port + 1);
}
function namedTwice(port) {
  const s = new _nodeNet.Socket();
  s.on('error', console.error);
  s.connect(port);
  //! expect-next: repeated-connect
  s.connect(port + 1);
}
function switchArms(port, mode) {
  const s = new _nodeNet.Socket();
  s.on('error', console.error);
  switch (mode) {
    case 1:
      //! ok-next: repeated-connect
      s.connect(port);
      break;
    default:
      //! ok-next: repeated-connect
      s.connect(port + 1);
  }
}
function dgramTwice(host) {
  const u = dgram.createSocket('udp4');
  u.connect(53, host);
  //! expect-next: repeated-connect
  u.connect(53, host);
}
function dgramDisconnected(host) {
  const u = dgram.createSocket('udp4');
  u.connect(53, host);
  u.disconnect();
  //! ok-next: repeated-connect
  u.connect(53, host);
}
class Client {
  open(port) {
    this.sock = (0, _nodeNet.createConnection)(port);
    this.sock.on('error', () => this.retry(port));
  }
  retry(port) {
    //! expect-next: repeated-connect
    this.sock?.connect(port);
  }
}
exports.Client = Client;
class Patient {
  open(port) {
    this.sock = (0, _nodeNet.createConnection)(port);
    this.sock.on('error', console.error);
    this.sock.on('close', () => {
      //! ok-next: repeated-connect
      this.sock?.connect(port);
    });
  }
}
exports.Patient = Patient;
"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.Timed = exports.Client = void 0;
exports.defaultImport = defaultImport;
exports.defaultImportTimed = defaultImportTimed;
exports.ipc = ipc;
exports.namedImportTimer = namedImportTimer;
exports.namespaceImport = namespaceImport;
exports.optionOnly = optionOnly;
exports.subclassTimed = subclassTimed;
var _nodeNet = _interopRequireWildcard(require("node:net"));
var tls = _interopRequireWildcard(require("node:tls"));
var cache;
function _interopRequireWildcard(e, t) { if (!t && e && e.__esModule) return e; var r, c, a = Object.defineProperty, n = { __proto__: null, default: e }; if (Object(e) !== e) return n; if (cache || "function" != typeof WeakMap || (cache = new WeakMap()), cache) { if (cache.has(e)) return cache.get(e); cache.set(e, n); } for (c in e) "default" !== c && {}.hasOwnProperty.call(e, c) && ((r = a && Object.getOwnPropertyDescriptor(e, c)) && (r.get || r.set) ? a(n, c, r) : n[c] = e[c]); return n; }
//! grammar-test: {"rules": {"connect-timeout": "warn"}}
// Compiled by tsc, Babel and esbuild into compiled.*.js beside it.

function defaultImport(port) {
  //! expect-next: connect-timeout
  const s = _nodeNet.default.connect(port);
  s.on('error', console.error);
}
function defaultImportTimed(port) {
  //! ok-next: connect-timeout
  const s = _nodeNet.default.connect({
    port,
    timeout: 3000
  });
  s.on('error', console.error);
  s.on('timeout', () => s.destroy());
}
function namespaceImport(host) {
  //! expect-next: connect-timeout
  const s = tls.connect({
    host,
    port: 443, timeout: 10_000
  });
  s.on('error', console.error);
}
function namedImportTimer(port) {
  //! ok-next: connect-timeout
  const s = (0, _nodeNet.connect)(port);
  const timer = setTimeout(() => s.destroy(), 5000);
  s.on('connect', () => clearTimeout(timer));
  s.on('error', console.error);
}
class Client {
  open(port) {
    //! expect-next: connect-timeout
    this.sock = (0, _nodeNet.connect)(port);
    this.sock.on('error', err => this.fail(err));
  }
  fail(err) {
    console.error(err);
  }
}
exports.Client = Client;
class Timed extends _nodeNet.Socket {
  start(port) {
    this.setTimeout(1000, () => this.destroy());
    this.connect(port);
  }
}
exports.Timed = Timed;
function subclassTimed(port) {
  //! ok-next: connect-timeout
  const c = new Timed();
  c.on('error', console.error);
  c.start(port);
}
function optionOnly(port, ms) {
  //! expect-next: connect-timeout
  const s = _nodeNet.default.connect(port);
  s.on('error', console.error);
  if (ms) s.setTimeout(ms, () => s.destroy());
}
function ipc(path) {
  //! ok-next: connect-timeout
  const s = _nodeNet.default.connect({
    path
  });
  s.on('error', console.error);
}
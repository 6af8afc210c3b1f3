"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.Conn = exports.Client = void 0;
exports.awaited = awaited;
exports.defaultImport = defaultImport;
exports.defaultImportHeard = defaultImportHeard;
exports.namedImport = namedImport;
exports.namedImportHeard = namedImportHeard;
exports.namespaceImport = namespaceImport;
exports.subclass = subclass;
exports.subclassHeard = subclassHeard;
var _nodeNet = _interopRequireWildcard(require("node:net"));
var tls = _interopRequireWildcard(require("node:tls"));
var _nodeEvents = require("node:events");
var cache;
function _interopRequireWildcard(e, t) { if (!t && e && e.__esModule) return e; var r, c, a = Object.defineProperty, n = { __proto__: null, default: e }; if (Object(e) !== e) return n; if (cache || "function" != typeof WeakMap || (cache = new WeakMap()), cache) { if (cache.has(e)) return cache.get(e); cache.set(e, n); } for (c in e) "default" !== c && {}.hasOwnProperty.call(e, c) && ((r = a && Object.getOwnPropertyDescriptor(e, c)) && (r.get || r.set) ? a(n, c, r) : n[c] = e[c]); return n; }
// Compiled by tsc, Babel and esbuild into compiled.*.js beside it (npm run compile-fixtures
// in grammar-tests): the interop each compiler emits for these imports must resolve.

function defaultImport(port) {
  //! expect-next: error-listener
  const s = _nodeNet.default.connect(port);
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}
function defaultImportHeard(port) {
  //! ok-next: error-listener
  const s = _nodeNet.default.connect(port);
  s.on('error', console.error);
}
function namespaceImport(host) {
  //! expect-next: error-listener
  const s = tls.connect({
    host,
    port: 443
  });
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}
function namedImport(port) {
  //! expect-next: error-listener
  const s = (0, _nodeNet.createConnection)(port);
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}
function namedImportHeard(port) {
  //! ok-next: error-listener
  const s = (0, _nodeNet.createConnection)(port);
  s.once('error', console.error);
}
class Client {
  open(port) {
    //! expect-next: error-listener
    this.sock = _nodeNet.default.createConnection(port);
    this.sock.on('error', (err) => {
      console.error(err);
    });
    this.sock.on('data', d => this.onData(d));
  }
  openHeard(port) {
    const s = new _nodeNet.Socket();
    s.on('error', err => this.onError(err));
    //! ok-next: error-listener
    s.connect(port);
  }
  onData(data) {
    console.log(data.length);
  }
  onError(err) {
    console.error(err);
  }
}
exports.Client = Client;
async function awaited(port) {
  //! ok-next: error-listener
  const s = _nodeNet.default.connect(port);
  try {
    await (0, _nodeEvents.once)(s, 'connect');
  } catch (err) {
    console.error(err);
  }
}
class Conn extends _nodeNet.Socket {
  start(port) {
    this.connect(port);
  }
}
exports.Conn = Conn;
function subclass(port) {
  //! expect-next: error-listener
  const c = new Conn();
  c.on('error', (err) => {
    console.error(err);
  });
  c.start(port);
}
function subclassHeard(port) {
  //! ok-next: error-listener
  const c = new Conn();
  c.on('error', console.error);
  c.start(port);
}
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  Client: () => Client,
  Timed: () => Timed,
  defaultImport: () => defaultImport,
  defaultImportTimed: () => defaultImportTimed,
  ipc: () => ipc,
  namedImportTimer: () => namedImportTimer,
  namespaceImport: () => namespaceImport,
  optionOnly: () => optionOnly,
  subclassTimed: () => subclassTimed
});
module.exports = __toCommonJS(stdin_exports);
var import_node_net = __toESM(require("node:net"));
var tls = __toESM(require("node:tls"));
var import_node_net2 = require("node:net");
//! grammar-test: {"rules": {"connect-timeout": "warn"}}
function defaultImport(port) {
  //! expect-next: connect-timeout
  const s = import_node_net.default.connect(port);
  s.on("error", console.error);
}
function defaultImportTimed(port) {
  //! ok-next: connect-timeout
  const s = import_node_net.default.connect({ port, timeout: 3e3 });
  s.on("error", console.error);
  s.on("timeout", () => s.destroy());
}
function namespaceImport(host) {
  //! expect-next: connect-timeout
  const s = tls.connect({ host, port: 443, timeout: 10_000 });
  s.on("error", console.error);
}
function namedImportTimer(port) {
  //! ok-next: connect-timeout
  const s = (0, import_node_net2.connect)(port);
  const timer = setTimeout(() => s.destroy(), 5e3);
  s.on("connect", () => clearTimeout(timer));
  s.on("error", console.error);
}
class Client {
  sock;
  open(port) {
    //! expect-next: connect-timeout
    this.sock = (0, import_node_net2.connect)(port);
    this.sock.on("error", (err) => this.fail(err));
  }
  fail(err) {
    console.error(err);
  }
}
class Timed extends import_node_net2.Socket {
  start(port) {
    this.setTimeout(1e3, () => this.destroy());
    this.connect(port);
  }
}
function subclassTimed(port) {
  //! ok-next: connect-timeout
  const c = new Timed();
  c.on("error", console.error);
  c.start(port);
}
function optionOnly(port, ms) {
  //! expect-next: connect-timeout
  const s = import_node_net.default.connect(port);
  s.on("error", console.error);
  if (ms) s.setTimeout(ms, () => s.destroy());
}
function ipc(path) {
  //! ok-next: connect-timeout
  const s = import_node_net.default.connect({ path });
  s.on("error", console.error);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Client,
  Timed,
  defaultImport,
  defaultImportTimed,
  ipc,
  namedImportTimer,
  namespaceImport,
  optionOnly,
  subclassTimed
});

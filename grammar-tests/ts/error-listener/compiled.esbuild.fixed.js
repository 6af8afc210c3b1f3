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
  Conn: () => Conn,
  awaited: () => awaited,
  defaultImport: () => defaultImport,
  defaultImportHeard: () => defaultImportHeard,
  namedImport: () => namedImport,
  namedImportHeard: () => namedImportHeard,
  namespaceImport: () => namespaceImport,
  subclass: () => subclass,
  subclassHeard: () => subclassHeard
});
module.exports = __toCommonJS(stdin_exports);
var import_node_net = __toESM(require("node:net"));
var tls = __toESM(require("node:tls"));
var import_node_net2 = require("node:net");
var import_node_events = require("node:events");
function defaultImport(port) {
  //! expect-next: error-listener
  const s = import_node_net.default.connect(port);
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}
function defaultImportHeard(port) {
  //! ok-next: error-listener
  const s = import_node_net.default.connect(port);
  s.on("error", console.error);
}
function namespaceImport(host) {
  //! expect-next: error-listener
  const s = tls.connect({ host, port: 443 });
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}
function namedImport(port) {
  //! expect-next: error-listener
  const s = (0, import_node_net2.createConnection)(port);
  s.on('error', (err) => {
    console.error(err);
  });
  s.end();
}
function namedImportHeard(port) {
  //! ok-next: error-listener
  const s = (0, import_node_net2.createConnection)(port);
  s.once("error", console.error);
}
class Client {
  sock;
  open(port) {
    //! expect-next: error-listener
    this.sock = import_node_net.default.createConnection(port);
    this.sock.on('error', (err) => {
      console.error(err);
    });
    this.sock.on("data", (d) => this.onData(d));
  }
  openHeard(port) {
    const s = new import_node_net2.Socket();
    s.on("error", (err) => this.onError(err));
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
async function awaited(port) {
  //! ok-next: error-listener
  const s = import_node_net.default.connect(port);
  try {
    await (0, import_node_events.once)(s, "connect");
  } catch (err) {
    console.error(err);
  }
}
class Conn extends import_node_net2.Socket {
  start(port) {
    this.connect(port);
  }
}
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
  c.on("error", console.error);
  c.start(port);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Client,
  Conn,
  awaited,
  defaultImport,
  defaultImportHeard,
  namedImport,
  namedImportHeard,
  namespaceImport,
  subclass,
  subclassHeard
});

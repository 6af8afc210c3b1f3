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
  Patient: () => Patient,
  connectAgain: () => connectAgain,
  dgramDisconnected: () => dgramDisconnected,
  dgramTwice: () => dgramTwice,
  namedTwice: () => namedTwice,
  switchArms: () => switchArms
});
module.exports = __toCommonJS(stdin_exports);
var import_node_net = __toESM(require("node:net"));
var dgram = __toESM(require("node:dgram"));
var import_node_net2 = require("node:net");
function connectAgain(port) {
  const s = import_node_net.default.connect(port);
  s.on("error", console.error);
  //! expect-next: repeated-connect
  s.connect(port + 1);
}
function namedTwice(port) {
  const s = new import_node_net2.Socket();
  s.on("error", console.error);
  s.connect(port);
  //! expect-next: repeated-connect
  s.connect(port + 1);
}
function switchArms(port, mode) {
  const s = new import_node_net2.Socket();
  s.on("error", console.error);
  switch (mode) {
    case 1:
      s.connect(port);
      break;
    default:
      s.connect(port + 1);
  }
}
function dgramTwice(host) {
  const u = dgram.createSocket("udp4");
  u.connect(53, host);
  //! expect-next: repeated-connect
  u.connect(53, host);
}
function dgramDisconnected(host) {
  const u = dgram.createSocket("udp4");
  u.connect(53, host);
  u.disconnect();
  //! ok-next: repeated-connect
  u.connect(53, host);
}
class Client {
  sock;
  open(port) {
    this.sock = (0, import_node_net2.createConnection)(port);
    this.sock.on("error", () => this.retry(port));
  }
  retry(port) {
    //! expect-next: repeated-connect
    this.sock?.connect(port);
  }
}
class Patient {
  sock;
  open(port) {
    this.sock = (0, import_node_net2.createConnection)(port);
    this.sock.on("error", console.error);
    this.sock.on("close", () => {
      //! ok-next: repeated-connect
      this.sock?.connect(port);
    });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Client,
  Patient,
  connectAgain,
  dgramDisconnected,
  dgramTwice,
  namedTwice,
  switchArms
});

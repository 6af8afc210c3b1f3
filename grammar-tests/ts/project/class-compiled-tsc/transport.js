"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Conn = void 0;
// Classes of a module, compiled. ../transport.js and ../client.js are tsc 6.0 output of src/: tsc --ignoreConfig --module commonjs --target es2020 --esModuleInterop --skipLibCheck --types node --outDir . src/transport.ts src/client.ts
const net_1 = __importDefault(require("net"));
class Conn {
    static open(port) {
        return net_1.default.connect(port, 'example.com');
    }
    attach(sock) {
        sock.on('error', (err) => console.error(err));
        sock.setTimeout(5000, () => sock.destroy());
    }
    keep(sock) {
        sock.setKeepAlive(true);
    }
}
exports.Conn = Conn;
class Dialer {
    constructor(sock) {
        sock.on('error', () => sock.destroy());
        sock.setTimeout(1000, () => sock.destroy());
    }
}
exports.default = Dialer;

"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.dial = dial;
exports.dialGuarded = dialGuarded;
exports.default = openDefault;
// A module of factories. ../transport.js and ../client.js are tsc 6.0 output of src/: tsc --ignoreConfig --module commonjs --target es2020 --esModuleInterop --skipLibCheck --types node --outDir . src/transport.ts src/client.ts
const net_1 = __importDefault(require("net"));
function dial(port) {
    return net_1.default.connect(port, 'example.com');
}
function dialGuarded(port) {
    const s = net_1.default.connect({ port, host: 'example.com', timeout: 5000 });
    s.on('error', (err) => console.error(err));
    s.on('timeout', () => s.destroy());
    return s;
}
function openDefault(port) {
    return net_1.default.createConnection(port, 'example.com');
}

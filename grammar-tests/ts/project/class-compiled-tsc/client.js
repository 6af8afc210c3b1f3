"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.Pool = void 0;
exports.opened = opened;
exports.attached = attached;
exports.kept = kept;
exports.dialed = dialed;
// tsc's uses of another module's classes: `new transport_1.Conn()`, `transport_1.Conn.open(...)`,
// `new transport_1.default(s)`, `class Pool extends transport_1.Conn`.
const net = __importStar(require("net"));
const transport_1 = __importStar(require("./transport"));
function opened() {
    const s = transport_1.Conn.open(80); // expect: error-listener, connect-timeout
    s.write('x');
}
function attached() {
    const conn = new transport_1.Conn();
    const s = net.connect(81, 'example.com'); // ok: error-listener, connect-timeout
    conn.attach(s);
}
function kept() {
    const conn = new transport_1.Conn();
    const s = net.connect(82, 'example.com'); // expect: error-listener, connect-timeout
    conn.keep(s);
}
function dialed() {
    const s = net.connect(83, 'example.com'); // ok: error-listener, connect-timeout
    return new transport_1.default(s);
}
class Pool extends transport_1.Conn {
    start() {
        const s = net.connect(84, 'example.com'); // ok: error-listener, connect-timeout
        this.attach(s);
    }
}
exports.Pool = Pool;

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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Timed = exports.Client = void 0;
exports.defaultImport = defaultImport;
exports.defaultImportTimed = defaultImportTimed;
exports.namespaceImport = namespaceImport;
exports.namedImportTimer = namedImportTimer;
exports.subclassTimed = subclassTimed;
exports.optionOnly = optionOnly;
exports.ipc = ipc;
//! grammar-test: {"rules": {"connect-timeout": "warn"}}
// Compiled by tsc, Babel and esbuild into compiled.*.js beside it.
const node_net_1 = __importDefault(require("node:net"));
const tls = __importStar(require("node:tls"));
const node_net_2 = require("node:net");
function defaultImport(port) {
    //! expect-next: connect-timeout
    const s = node_net_1.default.connect(port);
    s.on('error', console.error);
}
function defaultImportTimed(port) {
    //! ok-next: connect-timeout
    const s = node_net_1.default.connect({ port, timeout: 3000 });
    s.on('error', console.error);
    s.on('timeout', () => s.destroy());
}
function namespaceImport(host) {
    //! expect-next: connect-timeout
    const s = tls.connect({ host, port: 443, timeout: 10_000 });
    s.on('error', console.error);
}
function namedImportTimer(port) {
    //! ok-next: connect-timeout
    const s = (0, node_net_2.connect)(port);
    const timer = setTimeout(() => s.destroy(), 5000);
    s.on('connect', () => clearTimeout(timer));
    s.on('error', console.error);
}
class Client {
    open(port) {
        //! expect-next: connect-timeout
        this.sock = (0, node_net_2.connect)(port);
        this.sock.on('error', (err) => this.fail(err));
    }
    fail(err) {
        console.error(err);
    }
}
exports.Client = Client;
class Timed extends node_net_2.Socket {
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
    const s = node_net_1.default.connect(port);
    s.on('error', console.error);
    if (ms)
        s.setTimeout(ms, () => s.destroy());
}
function ipc(path) {
    //! ok-next: connect-timeout
    const s = node_net_1.default.connect({ path });
    s.on('error', console.error);
}

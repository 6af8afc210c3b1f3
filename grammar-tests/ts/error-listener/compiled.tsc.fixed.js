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
exports.Conn = exports.Client = void 0;
exports.defaultImport = defaultImport;
exports.defaultImportHeard = defaultImportHeard;
exports.namespaceImport = namespaceImport;
exports.namedImport = namedImport;
exports.namedImportHeard = namedImportHeard;
exports.awaited = awaited;
exports.subclass = subclass;
exports.subclassHeard = subclassHeard;
// Compiled by tsc, Babel and esbuild into compiled.*.js beside it (npm run compile-fixtures
// in grammar-tests): the interop each compiler emits for these imports must resolve.
const node_net_1 = __importDefault(require("node:net"));
const tls = __importStar(require("node:tls"));
const node_net_2 = require("node:net");
const node_events_1 = require("node:events");
function defaultImport(port) {
    //! expect-next: error-listener
    const s = node_net_1.default.connect(port);
    s.on('error', (err) => {
      console.error(err);
    });
    s.end();
}
function defaultImportHeard(port) {
    //! ok-next: error-listener
    const s = node_net_1.default.connect(port);
    s.on('error', console.error);
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
    const s = (0, node_net_2.createConnection)(port);
    s.on('error', (err) => {
      console.error(err);
    });
    s.end();
}
function namedImportHeard(port) {
    //! ok-next: error-listener
    const s = (0, node_net_2.createConnection)(port);
    s.once('error', console.error);
}
class Client {
    open(port) {
        //! expect-next: error-listener
        this.sock = node_net_1.default.createConnection(port);
        this.sock.on('error', (err) => {
          console.error(err);
        });
        this.sock.on('data', (d) => this.onData(d));
    }
    openHeard(port) {
        const s = new node_net_2.Socket();
        s.on('error', (err) => this.onError(err));
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
    const s = node_net_1.default.connect(port);
    try {
        await (0, node_events_1.once)(s, 'connect');
    }
    catch (err) {
        console.error(err);
    }
}
class Conn extends node_net_2.Socket {
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

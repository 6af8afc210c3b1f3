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
exports.Patient = exports.Client = void 0;
exports.connectAgain = connectAgain;
exports.namedTwice = namedTwice;
exports.switchArms = switchArms;
exports.dgramTwice = dgramTwice;
exports.dgramDisconnected = dgramDisconnected;
// Compiled by tsc, Babel and esbuild into compiled.*.js beside it.
const node_net_1 = __importDefault(require("node:net"));
const dgram = __importStar(require("node:dgram"));
const node_net_2 = require("node:net");
function connectAgain(port) {
    const s = node_net_1.default.connect(port);
    s.on('error', console.error);
    //! expect-next: repeated-connect
    s.connect(port + 1);
}
function namedTwice(port) {
    const s = new node_net_2.Socket();
    s.on('error', console.error);
    s.connect(port);
    //! expect-next: repeated-connect
    s.connect(port + 1);
}
function switchArms(port, mode) {
    const s = new node_net_2.Socket();
    s.on('error', console.error);
    switch (mode) {
        case 1:
            //! ok-next: repeated-connect
            s.connect(port);
            break;
        default:
            //! ok-next: repeated-connect
            s.connect(port + 1);
    }
}
function dgramTwice(host) {
    const u = dgram.createSocket('udp4');
    u.connect(53, host);
    //! expect-next: repeated-connect
    u.connect(53, host);
}
function dgramDisconnected(host) {
    const u = dgram.createSocket('udp4');
    u.connect(53, host);
    u.disconnect();
    //! ok-next: repeated-connect
    u.connect(53, host);
}
class Client {
    open(port) {
        this.sock = (0, node_net_2.createConnection)(port);
        this.sock.on('error', () => this.retry(port));
    }
    retry(port) {
        //! expect-next: repeated-connect
        this.sock?.connect(port);
    }
}
exports.Client = Client;
class Patient {
    open(port) {
        this.sock = (0, node_net_2.createConnection)(port);
        this.sock.on('error', console.error);
        this.sock.on('close', () => {
            //! ok-next: repeated-connect
            this.sock?.connect(port);
        });
    }
}
exports.Patient = Patient;

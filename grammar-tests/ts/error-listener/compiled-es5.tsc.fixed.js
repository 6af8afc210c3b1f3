"use strict";
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
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
exports.HeardConn = exports.Conn = exports.HeardClient = exports.Client = void 0;
exports.subclass = subclass;
exports.subclassHeard = subclassHeard;
// Compiled by tsc for ES5 into compiled-es5.tsc.js: arrow functions read `this` through
// `var _this = this`, and classes become functions that `__extends` their base.
var net = __importStar(require("net"));
var Client = /** @class */ (function () {
    function Client() {
    }
    Client.prototype.open = function (port) {
        var _this = this;
        //! expect-next: error-listener
        this.sock = net.connect(port);
        this.sock.on('error', (err) => {
          console.error(err);
        });
        this.sock.on('data', function (d) { return _this.onData(d); });
    };
    Client.prototype.onData = function (data) {
        console.log(data.length);
    };
    return Client;
}());
exports.Client = Client;
var HeardClient = /** @class */ (function () {
    function HeardClient() {
    }
    HeardClient.prototype.open = function (port) {
        var _this = this;
        //! ok-next: error-listener
        this.sock = net.connect(port);
        setImmediate(function () {
            var _a;
            (_a = _this.sock) === null || _a === void 0 ? void 0 : _a.on('error', function (err) { return _this.onError(err); });
        });
    };
    HeardClient.prototype.onError = function (err) {
        console.error(err);
    };
    return HeardClient;
}());
exports.HeardClient = HeardClient;
var Conn = /** @class */ (function (_super) {
    __extends(Conn, _super);
    function Conn() {
        return _super !== null && _super.apply(this, arguments) || this;
    }
    Conn.prototype.start = function (port) {
        this.connect(port);
    };
    return Conn;
}(net.Socket));
exports.Conn = Conn;
var HeardConn = /** @class */ (function (_super) {
    __extends(HeardConn, _super);
    function HeardConn() {
        return _super !== null && _super.apply(this, arguments) || this;
    }
    HeardConn.prototype.start = function (port) {
        var _this = this;
        this.on('error', function (err) { return _this.destroy(err); });
        this.connect(port);
    };
    return HeardConn;
}(net.Socket));
exports.HeardConn = HeardConn;
function subclass(port) {
    //! expect-next: error-listener
    var c = new Conn();
    c.on('error', (err) => {
      console.error(err);
    });
    c.start(port);
}
function subclassHeard(port) {
    //! ok-next: error-listener
    var c = new HeardConn();
    c.start(port);
}

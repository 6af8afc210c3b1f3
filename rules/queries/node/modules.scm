; Where the net, tls, dgram, events and stream modules come in.

; import net from 'net';  import * as net from 'node:net';
; import { connect, Socket as S } from 'node:net';
(import_statement
  (import_clause) @clause
  source: (string (string_fragment) @module)) @import

; const net = require('net');  const { connect } = require('node:net');
(variable_declarator
  name: (_) @binding
  value: (call_expression
    function: (identifier) @require
    arguments: (arguments . (string (string_fragment) @module)))
  (#eq? @require "require")) @require_declaration

; What compilers emit for those imports: TypeScript's `const net_1 = __importDefault(require("net"))`
; and `tslib_1.__importStar(...)`, Babel's `_interopRequireDefault(require("net"))`,
; esbuild's `__toESM(require("net"))`. The wrapper's name is checked in bindings.ts.
(variable_declarator
  name: (identifier) @binding
  value: (call_expression
    function: (_) @interop
    arguments: (arguments . (call_expression
      function: (identifier) @require
      arguments: (arguments . (string (string_fragment) @module)))))
  (#eq? @require "require")) @require_declaration

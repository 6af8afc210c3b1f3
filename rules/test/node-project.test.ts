import assert from 'node:assert/strict';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findings, tree } from './cli-tree.js';
import { relativeImports, resolveRelative } from '../src/project/node-imports.js';
import { exportedFunctions } from '../src/project/node-exports.js';
import { summarizeNodeProject } from '../src/project/node-summaries.js';

/** The Node part of the project index: imports, exports, summaries, and the CLI over modules. */
describe('relative imports, read from the text', () => {
  it('reads ESM, CommonJS and compiled interop, never a package', () => {
    const text = [
      "import dial, { open as o, type T } from './transport.js';",
      "import * as util from '../util';",
      "import net from 'node:net';",
      "const helpers = require('./helpers');",
      "const { guard, keep: k } = require('./guard.js');",
      'const s_1 = __importDefault(require("./stream"));',
      "const pick = require('./pick').pick;",
      'const { getStream } = helpers\n',
    ].join('\n');
    assert.deepEqual(
      relativeImports(text).map((i) => `${i.local}=${i.specifier}#${i.imported}`),
      [
        'dial=./transport.js#default',
        'o=./transport.js#open',
        'T=./transport.js#T',
        'util=../util#*',
        'helpers=./helpers#*',
        'guard=./guard.js#guard',
        'k=./guard.js#keep',
        's_1=./stream#*',
        'pick=./pick#pick',
        'getStream=./helpers#getStream',
      ],
    );
  });

  it("reads a namespace's destructuring however it is spaced, and only of the namespace itself", () => {
    const text = [
      "const stream = require('./stream');",
      'const u = require("../u")',
      'const {x} =stream',
      ';',
      'let { y }  =  stream  ;',
      'var {z} = streamx;',
      'const { q } = stream.foo;',
      'if (a) { const {w} = u',
      '}',
      'const {k, {m}} = u;',
      'const {',
      '  n,',
      '  o: p',
      '} = u\t',
      '',
    ].join('\n');
    assert.deepEqual(
      relativeImports(text).map((i) => `${i.local}=${i.specifier}#${i.imported}`),
      [
        'stream=./stream#*',
        'u=../u#*',
        'x=./stream#x',
        'y=./stream#y',
        'w=../u#w',
        'n=../u#n',
        'p=../u#o',
      ],
    );
  });

  it("resolves as Node and TypeScript do: `.js` written for a `.ts`, a folder's index", () => {
    const files = new Set(['/p/src/transport.ts', '/p/lib/index.js', '/p/a.mjs']);
    const exists = (path: string) => files.has(path);
    assert.equal(resolveRelative('./transport.js', '/p/src/app.ts', exists), '/p/src/transport.ts');
    assert.equal(resolveRelative('../lib', '/p/src/app.ts', exists), '/p/lib/index.js');
    assert.equal(resolveRelative('./a', '/p/x.js', exists), '/p/a.mjs');
    assert.equal(resolveRelative('./missing', '/p/x.js', exists), undefined);
  });
});

describe('exported functions, read from the text', () => {
  it('finds each export form and slices its function', () => {
    const text = [
      'export function dial(p) { return net.connect(p); }',
      'export const arrow = (s) => s.on("error", f);',
      'function inner(s) { s.destroy(); }',
      'export { inner as destroyIt };',
      'exports.cjs = function (s) { s.setTimeout(1) };',
      'module.exports = { dial, other: inner };',
    ].join('\n');
    const found = exportedFunctions(text, () => true);
    assert.deepEqual([...found.keys()].sort(), ['arrow', 'cjs', 'destroyIt', 'dial', 'other']);
    assert.match(
      found.get('dial')?.[0]?.text ?? '',
      /^function dial\(p\) \{ return net\.connect\(p\); \}$/,
    );
    assert.match(
      found.get('arrow')?.[0]?.text ?? '',
      /^const arrow = \(s\) => s\.on\("error", f\);$/,
    );
    assert.match(found.get('cjs')?.[0]?.text ?? '', /s\.setTimeout\(1\) \};$/);
  });
});

describe('summaries across modules', () => {
  it('a helper of a helper, and a factory of a factory, to a fixed point', () => {
    const facts = summarizeNodeProject([
      {
        path: '/p/a.js',
        imports: [{ local: 'b', specifier: './b', imported: '*' }],
        exports: {
          prepare: {
            params: [
              {
                effects: {},
                handsOn: [{ local: 'b', property: 'listen', arg: 0 }],
                escapes: false,
              },
            ],
          },
          dial: { returnsCall: { local: 'b', property: 'make' }, params: [] },
        },
      },
      {
        path: '/p/b.js',
        imports: [],
        exports: {
          listen: { params: [{ effects: { error: true }, handsOn: [], escapes: false }] },
          make: { socket: { kind: 'stream', connecting: true, effects: {} }, params: [] },
        },
      },
    ]);
    assert.deepEqual(facts.modules['/p/a.js']?.prepare?.params[0], { error: true });
    assert.equal(facts.modules['/p/a.js']?.dial?.socket?.kind, 'stream');
    assert.deepEqual(facts.factories, ['dial', 'make']);
  });
});

const TRANSPORT =
  "import * as net from 'node:net';\nexport function dial(port: number): net.Socket {\n  return net.connect(port, 'db');\n}\n";
const APP =
  "import { dial } from './transport.js';\nexport function go(): void {\n  const s = dial(1);\n  s.write('x');\n}\n";

describe('the CLI over Node modules', () => {
  it("judges a socket made by another module's factory, on every core as in one thread", () => {
    const files: Record<string, string> = { 'src/transport.ts': TRANSPORT };
    for (let i = 0; i < 5; i++) files[`src/app${i}.ts`] = APP;
    const root = tree(files);
    const expected = [...Array(5).keys()].map((i) => `src/app${i}.ts:3 error-listener`);
    assert.deepEqual(findings(['--jobs', '1', 'src'], root), expected);
    assert.deepEqual(findings(['--jobs', '3', 'src'], root), expected);
    // The importer alone: its factory is not in the run, and it names no socket module.
    assert.deepEqual(findings(['src/app0.ts'], root), []);
  });

  it('--cache: a changed factory changes its importers', () => {
    const root = tree({ 'transport.ts': TRANSPORT, 'app.ts': APP });
    assert.deepEqual(findings(['--cache', '.'], root), ['app.ts:3 error-listener']);
    writeFileSync(
      join(root, 'transport.ts'),
      TRANSPORT.replace(
        "return net.connect(port, 'db');",
        "const s = net.connect(port, 'db');\n  s.on('error', () => {});\n  return s;",
      ),
    );
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'transport.ts'), later, later);
    assert.deepEqual(findings(['--cache', '.'], root), []);
  });
});

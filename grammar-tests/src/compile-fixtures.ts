/**
 * Compiled fixtures: what most npm packages ship is not their TypeScript but what a
 * compiler made of it. A rule folder's `compiled.ts` is compiled by the real compilers
 * (TypeScript's emitter, Babel with preset-env and preset-typescript, esbuild) into
 * CommonJS beside it, and the output is committed and read as fixtures of its own:
 *   compiled.tsc.js      tsc, ES2020, esModuleInterop: `__importDefault`, `(0, net_1.connect)`
 *   compiled.babel.js    Babel: `_interopRequireDefault`, `_net.default`, `(0, _net.connect)`
 *   compiled.esbuild.js  esbuild: `__toESM(require("net"))`, `import_net.default`
 * and a folder's `compiled-es5.ts` by tsc for ES5 (`var _this = this` for arrow
 * functions, classes as `__extends` functions) into `compiled-es5.tsc.js`: kept apart
 * because ES5 turns async functions into state machines whose try blocks no reader sees.
 * Annotations in the source are written `//! expect-next: <rule>` on a line of their
 * own, the one comment form all three keep (esbuild keeps only `//!` comments).
 * `node dist/src/compile-fixtures.js` rewrites the outputs; a test checks that the
 * committed ones are what the compilers emit.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { transformSync as esbuildTransform } from 'esbuild';
import ts from 'typescript';
import { FIXTURE_ROOT } from './fixtures.js';

const require = createRequire(import.meta.url);
const babel = require('@babel/core') as {
  transformSync(code: string, options: Record<string, unknown>): { code?: string | null } | null;
};

export const COMPILERS = {
  tsc: (source: string) => tscEmit(source, ts.ScriptTarget.ES2020),
  'tsc-es5': (source: string) => tscEmit(source, ts.ScriptTarget.ES5),
  babel: (source: string, filename: string) =>
    babel.transformSync(source, {
      filename,
      babelrc: false,
      configFile: false,
      presets: [
        [require.resolve('@babel/preset-env'), { targets: { node: '18' }, modules: 'commonjs' }],
        require.resolve('@babel/preset-typescript'),
      ],
    })?.code ?? '',
  esbuild: (source: string) =>
    esbuildTransform(source, {
      loader: 'ts',
      format: 'cjs',
      platform: 'node',
      target: 'node18',
      legalComments: 'inline',
    }).code,
} as const;

function tscEmit(source: string, target: ts.ScriptTarget): string {
  return ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target,
      esModuleInterop: true,
      ignoreDeprecations: '6.0',
    },
  }).outputText;
}

type CompilerName = keyof typeof COMPILERS;
const SOURCES: Record<string, CompilerName[]> = {
  'compiled.ts': ['tsc', 'babel', 'esbuild'],
  'compiled-es5.ts': ['tsc-es5'],
};

/** Every `ts/<rule>/compiled*.ts`, with the outputs that belong beside it, by compiler. */
export function compiledSources(): { source: string; outputs: Record<string, string> }[] {
  const root = join(FIXTURE_ROOT, 'ts');
  return readdirSync(root)
    .sort()
    .flatMap((rule) =>
      Object.entries(SOURCES).map(([file, compilers]) => ({
        source: join(root, rule, file),
        compilers,
      })),
    )
    .filter(({ source }) => existsSync(source))
    .map(({ source, compilers }) => ({
      source,
      outputs: Object.fromEntries(
        compilers.map((name) => [
          name,
          source.replace(/\.ts$/, `.${name.replace(/-es5$/, '')}.js`),
        ]),
      ),
    }));
}

/** What the compilers make of one source, by compiler name. */
export function compile(source: string, compilers: string[]): Record<string, string> {
  const text = readFileSync(source, 'utf8');
  return Object.fromEntries(
    compilers.map((name) => [name, COMPILERS[name as CompilerName](text, source)]),
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  for (const { source, outputs } of compiledSources()) {
    const made = compile(source, Object.keys(outputs));
    for (const [name, path] of Object.entries(outputs)) writeFileSync(path, made[name] ?? '');
    console.log(`compiled ${source}`);
  }
}

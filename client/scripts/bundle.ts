/**
 * Bundles the extension with esbuild into one file per process, and copies the engine's
 * files beside them: out/extension.cjs (VS Code loads extensions with require),
 * out/server.mjs (ESM, as the engine and web-tree-sitter are), out/resources/.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { grammarWasmPath, LANGUAGES, resourceDir } from 'connectlint';
import { thirdPartyNotices } from './notices.js';
import { CLIENT_DIR, OUT_DIR } from './paths.js';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Smaller, and still readable stack traces: names are kept.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

export async function bundle(): Promise<void> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const results = await Promise.all([
    build({
      ...common,
      entryPoints: [join(CLIENT_DIR, 'src/extension.ts')],
      outfile: join(OUT_DIR, 'extension.cjs'),
      format: 'cjs',
      external: ['vscode'],
    }),
    build({
      ...common,
      entryPoints: [join(CLIENT_DIR, 'src/server.ts')],
      outfile: join(OUT_DIR, 'server.mjs'),
      format: 'esm',
      // vscode-languageserver is CommonJS and requires Node's modules: give it `require`.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    }),
  ]);
  copyResources(join(OUT_DIR, 'resources'));
  writeFileSync(
    join(OUT_DIR, 'THIRD_PARTY_NOTICES.txt'),
    thirdPartyNotices(results.map((result) => result.metafile!)),
  );
}

/** The layout `useBundledResources` expects: queries/, data/, docs/, grammars/. */
function copyResources(target: string): void {
  cpSync(resourceDir('queries'), join(target, 'queries'), { recursive: true });
  cpSync(resourceDir('docs'), join(target, 'docs'), { recursive: true });
  // data/seed/ is the source the JSON is made from; the JSON carries the page's licence.
  mkdirSync(join(target, 'data'), { recursive: true });
  for (const file of readdirSync(resourceDir('data')).filter((name) => name.endsWith('.json')))
    copyFileSync(join(resourceDir('data'), file), join(target, 'data', file));
  mkdirSync(join(target, 'grammars'), { recursive: true });
  for (const spec of LANGUAGES)
    copyFileSync(grammarWasmPath(spec), join(target, 'grammars', spec.wasmFile));
  const require = createRequire(import.meta.url);
  copyFileSync(
    require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
    join(target, 'grammars', 'web-tree-sitter.wasm'),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();

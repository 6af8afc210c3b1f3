// npm pack's prepack/postpack step: copies each grammar's `.wasm` file and its
// licence into `grammars/`, so the published package parses with web-tree-sitter
// without depending on the grammar packages, whose install scripts (node-gyp-build)
// npm 11 blocks and reports on every install. `--clean` removes the copy after
// packing, so the workspace keeps reading the grammar packages themselves.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../dist/src/parse/languages.js';
import { grammarWasmPath } from '../dist/src/resources.js';

const target = fileURLToPath(new URL('../grammars/', import.meta.url));
rmSync(target, { recursive: true, force: true });
if (!process.argv.includes('--clean')) {
  mkdirSync(target, { recursive: true });
  for (const spec of LANGUAGES) {
    const wasm = grammarWasmPath(spec);
    copyFileSync(wasm, join(target, spec.wasmFile));
    const licence = join(dirname(wasm), 'LICENSE');
    if (existsSync(licence)) copyFileSync(licence, join(target, `LICENSE.${spec.grammarPackage}`));
  }
}

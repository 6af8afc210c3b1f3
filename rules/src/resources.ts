import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageSpec } from './parse/languages.js';

/**
 * The one place that finds the engine's files: `queries/`, `data/`, `docs/` and the
 * grammars' `.wasm` files. In the package they sit beside `dist/` (this file is
 * `dist/src/resources.js`), the grammars in `grammars/` (in the workspace, in
 * their npm packages). A bundle (the VS
 * Code extension's server) has neither: its entry calls `useBundledResources` with the
 * folder it ships them in, laid out as `queries/`, `data/`, `docs/`, `grammars/`.
 * Every path is looked up when used, so that call only has to precede the first parse.
 */
let bundledRoot: string | undefined;

export function useBundledResources(root: string): void {
  bundledRoot = root;
}

function packageRoot(): string {
  return bundledRoot ?? fileURLToPath(new URL('../../', import.meta.url));
}

/**
 * The `homepage` connectlint's package.json declares, if it does: the public
 * home of its docs. A bundle has no package.json, and so no homepage.
 */
let homepage: { root: string; url: string | undefined } | undefined;

export function declaredHomepage(): string | undefined {
  const root = packageRoot();
  if (homepage?.root !== root) {
    let url: string | undefined;
    try {
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        homepage?: unknown;
      };
      if (typeof manifest.homepage === 'string' && /^https?:\/\//.test(manifest.homepage))
        url = manifest.homepage;
    } catch {
      url = undefined;
    }
    homepage = { root, url };
  }
  return homepage.url;
}

/** `queries/`, `data/` or `docs/`, with a trailing separator. */
export function resourceDir(name: 'queries' | 'data' | 'docs'): string {
  return join(packageRoot(), name, '/');
}

/**
 * A grammar's `.wasm` file for web-tree-sitter: the copy the published package
 * ships in `grammars/` (it does not depend on the grammar packages, whose install
 * scripts npm blocks), else the grammar package's own (the workspace).
 */
export function grammarWasmPath(spec: LanguageSpec): string {
  if (bundledRoot) return join(bundledRoot, 'grammars', spec.wasmFile);
  const shipped = join(packageRoot(), 'grammars', spec.wasmFile);
  if (existsSync(shipped)) return shipped;
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`${spec.grammarPackage}/package.json`)), spec.wasmFile);
}

/** web-tree-sitter's own `.wasm`: undefined lets it find the file beside its module. */
export function runtimeWasmPath(): string | undefined {
  return bundledRoot ? join(bundledRoot, 'grammars', 'web-tree-sitter.wasm') : undefined;
}

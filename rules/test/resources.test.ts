import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../src/parse/languages.js';
import {
  grammarWasmPath,
  resourceDir,
  runtimeWasmPath,
  useBundledResources,
} from '../src/resources.js';

// node --test runs each file in its own process: the override below stays here.
describe('resources', () => {
  it('are found in the package by default', () => {
    for (const name of ['queries', 'data', 'docs'] as const)
      assert.ok(existsSync(resourceDir(name)), name);
    for (const spec of LANGUAGES) assert.ok(existsSync(grammarWasmPath(spec)), spec.id);
    assert.equal(runtimeWasmPath(), undefined);
  });

  it('are found where a bundle put them once it says so', () => {
    useBundledResources('/ext/resources');
    assert.equal(resourceDir('docs'), join('/ext/resources', 'docs', '/'));
    assert.equal(
      grammarWasmPath(LANGUAGES[0]!),
      join('/ext/resources', 'grammars', 'tree-sitter-c.wasm'),
    );
    assert.equal(runtimeWasmPath(), join('/ext/resources', 'grammars', 'web-tree-sitter.wasm'));
  });
});

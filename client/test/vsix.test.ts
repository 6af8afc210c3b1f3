import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LANGUAGES } from 'connectlint';
import { readManifest, vsixPath } from '../scripts/paths.js';
import { readZip } from './zip.js';

/** What the .vsix must hold: everything the extension runs, and only that. */
const REQUIRED = [
  'extension/package.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/icon.png',
  'extension/out/extension.cjs',
  'extension/out/server.mjs',
  'extension/out/THIRD_PARTY_NOTICES.txt',
  'extension/out/resources/grammars/web-tree-sitter.wasm',
  ...LANGUAGES.map((spec) => `extension/out/resources/grammars/${spec.wasmFile}`),
  'extension/out/resources/data/connect.2.freebsd-13.1.json',
  'extension/out/resources/queries/c/calls.scm',
  'extension/out/resources/queries/cpp/calls.scm',
  'extension/out/resources/docs/unchecked-return.md',
];
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/out\/resources\/(queries\/(c|cpp|node)\/[\w-]+\.scm|data\/[\w.-]+\.json|docs\/[\w-]+\.md)$/,
];

describe('the .vsix', () => {
  const entries = [...readZip(vsixPath()).keys()];

  it('holds the manifest, the docs, the two bundles, the grammars and the engine files', () => {
    for (const name of REQUIRED) assert.ok(entries.includes(name), `${name} is missing`);
  });

  it('holds nothing else: no node_modules (the bundles contain them), no sources, no maps', () => {
    const extra = entries.filter(
      (name) => !REQUIRED.includes(name) && !ALLOWED.some((pattern) => pattern.test(name)),
    );
    assert.deepEqual(extra, []);
  });

  it("starts the bundle the manifest names; the client's bundle holds none of the engine", () => {
    const zip = readZip(vsixPath());
    assert.equal(readManifest().main, './out/extension.cjs');
    const client = zip.get('extension/out/extension.cjs')!.toString();
    // Names only the engine and its parsers have.
    for (const word of ['web-tree-sitter', 'connect.2.freebsd', 'unchecked-return'])
      assert.ok(!client.includes(word), `extension.cjs contains '${word}'`);
    assert.ok(zip.get('extension/out/server.mjs')!.toString().includes('useBundledResources'));
  });

  it('is small', () => {
    // 0.76 MB when this was written (bench/RESULTS.md); the grammars are most of it.
    assert.ok(statSync(vsixPath()).size < 2 * 1024 * 1024);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { vsixPath } from '../scripts/paths.js';
import { readZip } from './zip.js';

/**
 * VS Code cannot run here, so the client bundle is loaded as the extension host loads it
 * (require), with `vscode` a stub that answers anything: a bundle that fails to load or
 * lacks activate/deactivate fails here, before anyone installs it.
 */
describe("the .vsix's client bundle", () => {
  const folder = mkdtempSync(join(tmpdir(), 'connectlint-client-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('loads with only `vscode` provided, and exports activate and deactivate', () => {
    const file = join(folder, 'extension.cjs');
    writeFileSync(file, readZip(vsixPath()).get('extension/out/extension.cjs')!);
    const handler: ProxyHandler<object> = {
      get: (target: Record<string | symbol, unknown>, key) =>
        (target[key] ??= new Proxy(function () {}, handler)),
    };
    const vscode = new Proxy(function () {}, handler);
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = loader._load;
    loader._load = function (request, ...rest) {
      return request === 'vscode' ? vscode : load.call(this, request, ...rest);
    };
    try {
      const extension = createRequire(import.meta.url)(file) as Record<string, unknown>;
      assert.equal(typeof extension.activate, 'function');
      assert.equal(typeof extension.deactivate, 'function');
    } finally {
      loader._load = load;
    }
  });
});

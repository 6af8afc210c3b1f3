import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configSchema, LANGUAGES } from 'connectlint';
import { EXPLAIN_COMMAND as SERVER_EXPLAIN_COMMAND } from 'connectlint-language-server';
import { contributedConfiguration } from '../scripts/configuration.js';
import { readManifest } from '../scripts/paths.js';
import { DOCUMENT_LANGUAGES, EXPLAIN_COMMAND } from '../src/languages.js';
import { CLIENT_ONLY_SETTINGS, serverSection } from '../src/settings.js';

const manifest = readManifest();

describe('the extension manifest', () => {
  it("offers every server setting, as made from the engine's schema (npm run manifest -w client)", () => {
    assert.deepEqual(manifest.contributes.configuration, contributedConfiguration());
  });

  it('has a setting per config-file key the server reads, and every rule', () => {
    const { properties } = contributedConfiguration();
    for (const key of Object.keys(configSchema().properties).filter((k) => k !== 'ignores'))
      assert.ok(properties[`connectlint.${key}`], key);
    for (const key of Object.keys(properties)) {
      const top = key.split('.')[1]!;
      assert.ok(
        top in configSchema().properties ||
          (CLIENT_ONLY_SETTINGS as readonly string[]).includes(top),
        key,
      );
    }
  });

  it('lints the languages the engine knows, and starts on them', () => {
    const engine = LANGUAGES.flatMap((language) => language.lspIds);
    assert.deepEqual([...DOCUMENT_LANGUAGES].sort(), [...engine].sort());
    assert.deepEqual(
      [...manifest.activationEvents].sort(),
      engine.map((id) => `onLanguage:${id}`).sort(),
    );
  });

  it("asks the server for pages by the server's own command name", () => {
    assert.equal(EXPLAIN_COMMAND, SERVER_EXPLAIN_COMMAND);
  });

  it('gives every setting a scope: resource where a folder of a workspace may differ', () => {
    const { properties } = contributedConfiguration();
    for (const [key, setting] of Object.entries(properties))
      assert.equal(setting.scope, key === 'connectlint.trace.server' ? 'window' : 'resource', key);
  });

  it('declares what it does in untrusted and virtual workspaces', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities as {
      untrustedWorkspaces: { supported: boolean | string };
      virtualWorkspaces: { supported: boolean | string; description?: string };
    };
    // Nothing from a workspace is executed: connectlint.config.json is read as JSON.
    assert.equal(untrustedWorkspaces.supported, true);
    // It reads the config file and the folder's other C files from disk.
    assert.equal(virtualWorkspaces.supported, false);
    assert.ok(virtualWorkspaces.description);
  });

  it('declares its commands', () => {
    assert.deepEqual(
      manifest.contributes.commands.map((command) => command.command),
      ['connectlint.showManPage', 'connectlint.restartServer'],
    );
  });
});

describe('the section sent to the server', () => {
  it('leaves out the client-only settings, which the server would reject', () => {
    assert.deepEqual(
      serverSection({ platform: 'linux', rules: null, trace: { server: 'verbose' } }),
      { platform: 'linux', rules: null },
    );
    assert.equal(serverSection(null), null);
  });
});

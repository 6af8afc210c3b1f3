import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultSettings } from '../src/config/settings.js';
import { applyConfigFile, ConfigError } from '../src/config/validate.js';

function apply(value: unknown) {
  const settings = defaultSettings();
  const ignores = applyConfigFile(value, settings, 'connectlint.config.json');
  return { settings, ignores };
}

function rejects(value: unknown, message: RegExp) {
  assert.throws(
    () => apply(value),
    (error: unknown) => error instanceof ConfigError && message.test(error.message),
  );
}

describe('configuration', () => {
  it('defaults: every rule at its default severity, FreeBSD', () => {
    const settings = defaultSettings();
    assert.equal(settings.platform, 'freebsd');
    assert.deepEqual(settings.rules.get('unchecked-return'), {
      severity: 'error',
      options: { reportVoidCast: false },
    });
  });

  it('applies severities, options, platform and ignores', () => {
    const { settings, ignores } = apply({
      platform: 'linux',
      rules: { 'unchecked-return': ['warn', { reportVoidCast: true }], 'unix-path-bounds': 'off' },
      ignores: ['vendor/**'],
      reportUnusedDisableDirectives: true,
      wrappers: { connect: ['net_dial'], nonBlocking: ['set_nonblock'] },
    });
    assert.deepEqual(settings.wrappers, {
      connect: ['net_dial'],
      socket: [],
      nonBlocking: ['set_nonblock'],
      blocking: [],
    });
    assert.equal(settings.platform, 'linux');
    assert.deepEqual(settings.rules.get('unchecked-return'), {
      severity: 'warn',
      options: { reportVoidCast: true },
    });
    assert.equal(settings.rules.get('unix-path-bounds')?.severity, 'off');
    assert.equal(settings.reportUnusedDirectives, true);
    assert.deepEqual(ignores, ['vendor/**']);
  });

  it('names the place of every mistake', () => {
    rejects([], /must be a JSON object/);
    rejects({ rulez: {} }, /unknown key 'rulez'/);
    rejects({ platform: 'windows' }, /platform: 'windows' is not a platform/);
    rejects({ rules: { 'no-such': 'error' } }, /rules\.no-such: unknown rule 'no-such'/);
    rejects({ rules: { 'unchecked-return': 'fatal' } }, /severity must be one of off, warn, error/);
    rejects(
      { rules: { 'unchecked-return': ['error', { reportVoidcast: true }] } },
      /unknown option 'reportVoidcast'/,
    );
    rejects(
      { rules: { 'unchecked-return': ['error', { reportVoidCast: 'yes' }] } },
      /reportVoidCast: must be a boolean/,
    );
    rejects({ rules: { 'unix-path-bounds': ['error', { x: 1 }] } }, /this rule has no options/);
    rejects({ ignores: 'vendor' }, /ignores must be an array/);
    rejects({ wrappers: [] }, /wrappers: must be an object/);
    rejects({ wrappers: { dial: ['x'] } }, /wrappers: unknown kind 'dial'/);
    rejects(
      { wrappers: { connect: ['not a name'] } },
      /wrappers\.connect: must be an array of C function names/,
    );
  });
});

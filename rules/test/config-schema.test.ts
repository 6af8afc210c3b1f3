import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configSchema } from '../src/config/schema.js';
import { defaultSettings } from '../src/config/settings.js';
import { applyConfigFile, TOP_LEVEL_KEYS, WRAPPER_KINDS } from '../src/config/validate.js';
import { RULES } from '../src/rules/index.js';

// The schema describes what the validator accepts; editors' settings are made from it.
describe('the configuration schema', () => {
  const { properties } = configSchema();

  it("has the validator's keys, and no others", () => {
    assert.deepEqual(
      Object.keys(properties).sort(),
      TOP_LEVEL_KEYS.filter((key) => key !== '$schema').sort(),
    );
    assert.deepEqual(Object.keys(properties.wrappers?.properties ?? {}), [...WRAPPER_KINDS]);
  });

  it('has every rule, with its description and default severity', () => {
    for (const rule of RULES) {
      const entry = properties.rules?.properties?.[rule.meta.id];
      assert.equal(entry?.description, rule.meta.description);
      assert.equal(entry?.default, rule.meta.defaultSeverity);
    }
  });

  it("gives defaults the validator accepts, and that are the engine's defaults", () => {
    const file = Object.fromEntries(
      Object.entries(properties)
        .filter(([, schema]) => schema.default !== undefined)
        .map(([key, schema]) => [key, schema.default]),
    );
    file.rules = Object.fromEntries(
      Object.entries(properties.rules?.properties ?? {}).map(([id, schema]) => [
        id,
        schema.default,
      ]),
    );
    file.wrappers = Object.fromEntries(WRAPPER_KINDS.map((kind) => [kind, []]));
    const settings = defaultSettings();
    assert.deepEqual(applyConfigFile(file, settings, 'schema defaults'), []);
    assert.deepEqual(settings, defaultSettings());
  });
});

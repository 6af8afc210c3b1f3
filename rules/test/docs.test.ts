import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rulesTable, TABLE_END, TABLE_START } from '../src/docs/rules-table.js';
import { RULES } from '../src/rules/index.js';

const RULES_PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
const SECTIONS = [
  '## What it flags',
  '## Why',
  '## How to fix',
  '## Examples',
  '## Options',
  '## When not to use it',
  '## Man page',
];

describe('rule files, docs and README agree', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id}: file name, doc page, description, sections, options`, () => {
      assert.ok(
        existsSync(`${RULES_PACKAGE}src/rules/${id}.ts`),
        `src/rules/${id}.ts must hold the rule ${id}`,
      );
      const docPath = `${RULES_PACKAGE}docs/${id}.md`;
      assert.ok(existsSync(docPath), `docs/${id}.md is missing`);
      const doc = readFileSync(docPath, 'utf8');
      const [title, , description] = doc.split('\n');
      assert.equal(title, `# ${id}`);
      assert.equal(
        description,
        rule.meta.description,
        'the doc description must equal meta.description',
      );
      for (const section of SECTIONS)
        assert.ok(doc.includes(`\n${section}\n`), `docs/${id}.md lacks ${section}`);
      const options = doc.slice(doc.indexOf('## Options'), doc.indexOf('## When not to use it'));
      for (const option of Object.keys(rule.meta.schema.properties)) {
        assert.ok(
          options.includes(`\`${option}\``),
          `docs/${id}.md does not document option ${option}`,
        );
      }
      for (const [key, value] of Object.entries(rule.meta.defaultOptions)) {
        assert.equal(rule.meta.schema.properties[key]?.default, value, `${id}: default of ${key}`);
      }
    });
  }

  it('the README rule table is up to date (npm run docs)', () => {
    const readme = readFileSync(README, 'utf8');
    const table = readme
      .slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END))
      .trim();
    assert.equal(table, rulesTable());
  });
});

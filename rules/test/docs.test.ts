import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { manpageSection } from '../src/docs/manpage-section.js';
import { rulesTable, TABLE_END, TABLE_START } from '../src/docs/rules-table.js';
import { manPage } from '../src/knowledge/knowledge-base.js';
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
      assert.ok(
        doc.endsWith(`## Man page\n\n${manpageSection(rule.meta.manpage)}\n`),
        `docs/${id}.md: the "Man page" section is not the one the knowledge base makes (npm run docs)`,
      );
      for (const quote of blockquotes(doc)) {
        assert.ok(
          pageText().includes(normalize(quote)),
          `docs/${id}.md quotes text connect(2) does not have: "${quote}"`,
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

/** Every `> ` blockquote of a doc, joined per quote, with its [ERRNO] tag and **SECTION** label dropped. */
function blockquotes(doc: string): string[] {
  const quotes: string[] = [];
  let current: string[] = [];
  for (const line of [...doc.split('\n'), '']) {
    if (line.startsWith('>')) {
      const text = line.replace(/^>\s?/, '');
      if (text.trim() === '') {
        if (current.length) quotes.push(current.join(' '));
        current = [];
      } else current.push(text);
    } else if (current.length) {
      quotes.push(current.join(' '));
      current = [];
    }
  }
  return quotes
    .map((quote) =>
      quote
        .replace(/^\[[A-Z]+\]\s*/, '')
        .replace(/^\*\*[A-Z ]+\*\*\s*/, '')
        .replace(/\s*\(UNIX domain\)$/, ''),
    )
    .map((quote) => quote.replace(/^"|"$/g, ''))
    .filter((quote) => quote.length > 0);
}

function normalize(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\[(E[A-Z]+)\]\s*/g, '')
    .trim();
}

let text: string | undefined;
/** The whole page as one normalised string. */
function pageText(): string {
  if (!text) {
    const page = manPage();
    text = normalize(
      [
        page.description,
        page.returnValues,
        page.errors.intro,
        ...page.errors.entries.map((e) => e.text),
        page.unixErrors.intro,
        ...page.unixErrors.entries.map((e) => e.text),
        page.history,
      ].join(' '),
    );
  }
  return text;
}

/**
 * `npm run docs`: rewrites what the docs take from the code and the knowledge
 * base — the rule table in README.md, and the "Man page" section of every rule doc.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/index.js';
import { withManpageSection } from './manpage-section.js';
import { withRulesTable } from './rules-table.js';

const readme = fileURLToPath(new URL('../../../../README.md', import.meta.url));
writeFileSync(readme, withRulesTable(readFileSync(readme, 'utf8')));
for (const rule of RULES) {
  const doc = fileURLToPath(new URL(`../../../docs/${rule.meta.id}.md`, import.meta.url));
  writeFileSync(doc, withManpageSection(readFileSync(doc, 'utf8'), rule.meta.manpage));
}

/** `npm run docs`: rewrites the rule table in the repository's README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withRulesTable } from './rules-table.js';

const readme = fileURLToPath(new URL('../../../../README.md', import.meta.url));
writeFileSync(readme, withRulesTable(readFileSync(readme, 'utf8')));

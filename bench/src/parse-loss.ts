/**
 * What tree-sitter's parse loses of real C to conditional compilation, with and
 * without connectlint's preprocessor view (see rules/src/parse/c-preprocessor-view.ts):
 * function definitions, connect() calls inside a function (what the rules can
 * judge), and connect calls whose function has a parse error around them. Over
 * bench/.cache/src (made by scripts/fetch-corpus.sh), quilt's `.pc/` copies left out.
 * Usage: node dist/src/parse-loss.js [folder]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preprocessorView, type SyntaxNode } from 'connectlint';

const require = createRequire(import.meta.url);
// The bare binding: connectlint's backends parse through the view.
const Parser = require('tree-sitter') as new () => {
  setLanguage(language: unknown): void;
  parse(text: string, old?: unknown, options?: { bufferSize: number }): { rootNode: SyntaxNode };
};
const parser = new Parser();
parser.setLanguage(require('tree-sitter-c'));

const root = process.argv[2] ?? fileURLToPath(new URL('../../.cache/src/', import.meta.url));

function cFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.pc') cFiles(path, out);
    } else if (/\.[ch]$/.test(entry.name) && statSync(path).size < 4 * 1024 * 1024) out.push(path);
  }
  return out;
}

interface Counts {
  functions: number;
  /** Of the functions, those with no parse error (error recovery also makes "functions" of `else if (…) {…}` runs). */
  cleanFunctions: number;
  connects: number;
  connectsInErrors: number;
  errors: number;
  /** Of the functions and connects, those in code the view blanks (`#if 0`, a branch not kept). */
  blankedFunctions: number;
  blankedConnects: number;
}

let parseSeconds = 0;

function count(text: string, view = text, timed = false): Counts {
  const blanked = (node: SyntaxNode) =>
    view !== text && view[node.startIndex] !== text[node.startIndex];
  const start = process.hrtime.bigint();
  const tree = parser.parse(text, undefined, { bufferSize: text.length + 1 });
  if (timed) parseSeconds += Number(process.hrtime.bigint() - start) / 1e9;
  const counts = zero();
  const stack: SyntaxNode[] = [tree.rootNode];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    if (node.type === 'function_definition') {
      counts.functions++;
      if (!node.hasError) counts.cleanFunctions++;
      if (blanked(node)) counts.blankedFunctions++;
    }
    if (node.type === 'ERROR') counts.errors++;
    if (node.type === 'call_expression' && node.childForFieldName('function')?.text === 'connect') {
      let fn: SyntaxNode | null = node.parent;
      while (fn && fn.type !== 'function_definition') fn = fn.parent;
      if (fn) {
        counts.connects++;
        if (fn.hasError) counts.connectsInErrors++;
        if (blanked(node)) counts.blankedConnects++;
      }
    }
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return counts;
}

const files = cFiles(root);
const total = { before: zero(), after: zero() };
const changed: string[] = [];
let viewSeconds = 0;
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const start = process.hrtime.bigint();
  const view = preprocessorView(text);
  viewSeconds += Number(process.hrtime.bigint() - start) / 1e9;
  const before = count(text, view, true);
  const after = view === text ? before : count(view);
  after.blankedFunctions = after.blankedConnects = 0;
  add(total.before, before);
  add(total.after, after);
  const kept = (c: Counts) => [c.functions - c.blankedFunctions, c.connects - c.blankedConnects];
  const [fb, cb] = kept(before);
  if (fb !== after.functions || cb !== after.connects)
    changed.push(
      `${relative(root, path)}: functions outside blanked code ${fb} → ${after.functions}, connects ${cb} → ${after.connects}`,
    );
}

function zero(): Counts {
  return {
    functions: 0,
    cleanFunctions: 0,
    connects: 0,
    connectsInErrors: 0,
    errors: 0,
    blankedFunctions: 0,
    blankedConnects: 0,
  };
}
function add(to: Counts, from: Counts): void {
  for (const key of Object.keys(to) as (keyof Counts)[]) to[key] += from[key];
}

const bare = parseSeconds;
console.log(
  `${files.length} C files under ${root}; the view took ${viewSeconds.toFixed(2)} s, ` +
    `${((viewSeconds / bare) * 100).toFixed(0)}% of a bare parse of the same files (about ${bare.toFixed(2)} s)`,
);
console.log(
  '| parse | functions | of them without a parse error | connect calls in a function | of them in a function with a parse error | ERROR nodes |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, c] of [
  ['bare tree-sitter', total.before],
  ['with the preprocessor view', total.after],
] as const)
  console.log(
    `| ${name} | ${c.functions} (${c.blankedFunctions}) | ${c.cleanFunctions} | ${c.connects} (${c.blankedConnects}) | ${c.connectsInErrors} | ${c.errors} |`,
  );
console.log('\nFiles whose counts changed:');
for (const line of changed) console.log(`- ${line}`);

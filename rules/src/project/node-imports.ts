import { dirname, join } from 'node:path';
import type { NodeImport } from './node-types.js';
import { isSpaceCode } from '../text/char-codes.js';

/**
 * The relative imports of a TypeScript or JavaScript module, read from its text
 * (no parse): ESM `import`, CommonJS `require`, and the interop compilers wrap
 * `require` in (`__importDefault`, `__importStar`, `_interopRequireDefault`,
 * `__toESM`). Bare specifiers (packages) are never followed: the index stays
 * inside the project.
 */
/** A relative specifier as a string: where each import is found from (few per file). */
const RELATIVE_STRING = /['"](\.{1,2}(?:\/[^'"\n]*)?)['"]/g;
/** Before the specifier, at the end of the text before it: an ESM import clause. */
const ESM_BEFORE =
  /\bimport\s+(?:type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*from\s*$/;
const INTEROP = String.raw`(?:[\w$.]*(?:__importDefault|__importStar|_interopRequireDefault|_interopRequireWildcard|__toESM)\s*\(\s*)?`;
/** `const x = require(` (through the interop helpers), `const { a, b: c } = require(`. */
const REQUIRE_BEFORE = new RegExp(
  String.raw`\b(?:const|let|var)\s+(?:([\w$]+)|\{([^}]*)\})\s*=\s*${INTEROP}require\(\s*$`,
);

/** `const { a, b: c }` ending a text (the rest, `= name;`, is found first). */
const DESTRUCTURED_HEAD = /\b(?:const|let|var)\s*\{([^}]*)\}$/;

export function relativeImports(text: string): NodeImport[] {
  const found: NodeImport[] = [];
  for (const match of text.matchAll(RELATIVE_STRING)) {
    const specifier = match[1] as string;
    const before = text.slice(Math.max(0, match.index - 300), match.index);
    const esm = ESM_BEFORE.exec(before);
    if (esm) {
      if (esm[1]) found.push({ local: esm[1], specifier, imported: 'default' });
      if (esm[3]) found.push({ local: esm[3], specifier, imported: '*' });
      for (const [imported, local] of namedList(esm[2], ' as '))
        found.push({ local, specifier, imported });
      continue;
    }
    const required = REQUIRE_BEFORE.exec(before);
    if (!required) continue;
    if (required[1]) {
      // `require('./x').name`: the export; else the whole module.
      const after = /^['"]\s*\)\s*\)?\s*\.\s*([\w$]+)/.exec(
        text.slice(match.index + match[0].length - 1, match.index + match[0].length + 64),
      );
      found.push({ local: required[1], specifier, imported: after?.[1] ?? '*' });
    } else
      for (const [imported, local] of namedList(required[2], ':'))
        found.push({ local, specifier, imported });
  }
  // `const stream = require('./stream'); const { getStream } = stream` (pg): names of a namespace.
  const wholes = new Map(
    found.filter((entry) => entry.imported === '*').map((entry) => [entry.local, entry]),
  );
  if (wholes.size > 0)
    for (const destructured of destructuredFrom(text, wholes.keys())) {
      const whole = wholes.get(destructured.from);
      if (!whole) continue;
      for (const [imported, local] of namedList(destructured.list, ':'))
        found.push({ local, specifier: whole.specifier, imported });
    }
  return found;
}

/**
 * `const { a, b: c } = name;` for each of `names`, in source order: found from each
 * mention of the name (a literal's search, fast) with `} =` before it and `;` or a line's
 * end after, and read back to its `const {`, instead of a pattern tried at every word of
 * the module (a tenth of the index's time).
 */
function destructuredFrom(
  text: string,
  names: Iterable<string>,
): { at: number; list: string; from: string }[] {
  const found: { at: number; list: string; from: string }[] = [];
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      // `} = name` then `;` or a line's end, read character by character around the name.
      let equals = at - 1;
      while (equals >= 0 && isBlank(text[equals])) equals--;
      if (text[equals] !== '=') continue;
      let close = equals - 1;
      while (close >= 0 && isBlank(text[close])) close--;
      if (text[close] !== '}' || !endsStatement(text, at + name.length)) continue;
      // `[^}]*` in `DESTRUCTURED_HEAD`: the clause starts after the previous `}`.
      const from = text.lastIndexOf('}', close - 1) + 1;
      const head = DESTRUCTURED_HEAD.exec(text.slice(from, close + 1));
      if (head) found.push({ at: from + head.index, list: head[1] as string, from: name });
    }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * `\s` of a regular expression, for the characters code has between tokens: read by code
 * (a pattern tried on each character was most of `destructuredFrom`'s time).
 */
function isBlank(char: string | undefined): boolean {
  return char !== undefined && isSpaceCode(char.charCodeAt(0));
}

/** `\s*[;\n]` at `at`: blanks, then `;` or a line's end among them. */
function endsStatement(text: string, at: number): boolean {
  let i = at;
  for (; i < text.length && isBlank(text[i]); i++) if (text[i] === '\n') return true;
  return text[i] === ';';
}

/** `a, b as c` (or `a, b: c`) → [a, a], [b, c]. */
function namedList(list: string | undefined, separator: string): [string, string][] {
  if (!list) return [];
  return list.split(',').flatMap((entry) => {
    const [imported, local] = entry
      .replace(/^\s*type\s+/, '')
      .split(separator)
      .map((part) => part.trim());
    if (!imported || !/^[\w$]+$/.test(imported)) return [];
    const name = local && /^[\w$]+$/.test(local) ? local : imported;
    return [[imported, name] as [string, string]];
  });
}

/**
 * The module a relative specifier names, as Node and TypeScript resolve it:
 * `./x` is `x`, `x.js`, `x.ts`…, or `x/index.*`; `./x.js` is also `x.ts` (TypeScript
 * writes the output's name). `exists` says whether a path is a file of the project.
 */
export function resolveRelative(
  specifier: string,
  from: string,
  exists: (path: string) => boolean,
): string | undefined {
  const base = join(dirname(from), specifier);
  const swapped = /\.(m|c)?js$/.test(base)
    ? [base.replace(/\.(m|c)?js$/, '.$1ts'), base.replace(/\.js$/, '.tsx')]
    : [];
  const candidates = [
    ...(/\.[cm]?[jt]sx?$/.test(base) ? [base, ...swapped] : []),
    ...EXTENSIONS.map((extension) => `${base}${extension}`),
    ...EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  return candidates.find(exists);
}

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];

/**
 * Names that hold an instance of an imported class, from the text: `conn = new Conn(`,
 * `this.conn = new ns.Conn(`, a class field `conn = new Conn(`; and `this` in a class that
 * `extends Conn`. A name given two classes is none. From each `new` and `extends` a
 * literal's search finds (a pattern that starts at a name is tried at every character).
 */
export function importedInstances(
  text: string,
  locals: ReadonlySet<string>,
): { instance: string; local: string; member?: string }[] {
  const found = new Map<string, { instance: string; local: string; member?: string } | null>();
  const note = (instance: string, local: string, member: string | undefined) => {
    const seen = found.get(instance);
    const entry = { instance, local, ...(member ? { member } : {}) };
    if (seen === undefined) found.set(instance, entry);
    else if (seen && (seen.local !== local || seen.member !== member)) found.set(instance, null);
  };
  for (let at = text.indexOf('new'); at >= 0; at = text.indexOf('new', at + 3)) {
    // A word that ends in `new` (`renew`), or a member (`x.new`), first: no slice to read.
    if (/[\w$.]/.test(text[at - 1] ?? '')) continue;
    const made = NEW_CLASS.exec(text.slice(at, at + 160));
    if (!made || !locals.has(made[1] as string)) continue;
    const held = HELD_BY.exec(text.slice(Math.max(0, at - 160), at));
    if (!held) continue;
    const name = held[1] as string;
    note(name, made[1] as string, made[2]);
    // A class field is read as `this.conn`.
    if (!name.startsWith('this.')) note(`this.${name}`, made[1] as string, made[2]);
  }
  for (let at = text.indexOf('extends'); at >= 0; at = text.indexOf('extends', at + 7)) {
    const base = EXTENDED.exec(text.slice(at, at + 160));
    if (
      base &&
      locals.has(base[1] as string) &&
      /\bclass\b[^{;]*$/.test(text.slice(Math.max(0, at - 80), at))
    )
      note('this', base[1] as string, base[2]);
  }
  return [...found.values()].filter((entry) => entry !== null);
}

const NEW_CLASS = /^new\s+([\w$]+)(?:\s*\.\s*([\w$]+))?\s*[(;]/;
/** Before a `new`: the name assigned (`conn =`, `this.conn =`, `conn: Conn =`). */
const HELD_BY = /(?:^|[^\w$.])((?:this\.)?[\w$]+)\s*(?::[^=;\n]*)?=\s*$/;
const EXTENDED = /^extends\s+([\w$]+)(?:\s*\.\s*([\w$]+))?\s*\{/;

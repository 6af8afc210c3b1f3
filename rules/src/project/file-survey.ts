import { MAX_FILE_BYTES } from '../engine/limits.js';
import { C_MAY_MATTER } from '../frontends/c/prefilter.js';
import { nodeBytesMayMatter, nodeMayMatter as nodeTextMayMatter } from '../model/node/prefilter.js';
import { languageForPath } from '../parse/languages.js';
import { digestC, digestForIndex } from './c-digest.js';
import { cppDefinedNames, readsAsCpp } from './cpp-outline.js';
import { contentHash } from './content-hash.js';
import type { FileDigest, MacroDigest } from './types.js';
import { definedMacrosOf } from './macro-scan.js';
import { ScratchReader } from './scratch-reader.js';

/**
 * What one read of a file tells both passes of a CLI run, so that each file
 * of a tree is read, decoded and lexed once, on whichever core is free (the
 * CLI's workers survey the files before the main thread builds the index):
 *   - for the project index (`build-index.ts`): whether the file is a seed
 *     (its bytes name connect or sun_path), its digest, and for a file that
 *     is not a seed the names it defines at the start of a line;
 *   - for the analysis (`cli/lint-files.ts`): whether the engine's prefilter,
 *     before any wrapper name is known, keeps the file.
 * Plain data: it crosses from a worker to the main thread as it is.
 */
export interface FileSurvey {
  /** Not read: missing, unreadable, over the size limit, or binary (the analysis reads it again and says why). */
  unread?: true;
  /** Its size in bytes (read). */
  size?: number;
  /** C: the code calls `connect(` or names `sun_path` (the index reads all of it, see `isSeed`). */
  seed: boolean;
  /** The engine's prefilter keeps the file with no wrapper names: `connect(`, `sun_path`, a Node module name. */
  mayMatter: boolean;
  /** A C file's digest, and the hash of the text it was read from (used if the index takes the file). */
  digest?: { hash: string; digest: FileDigest };
  /** A C file that is not a seed: the functions it may define (see `definedNames`). */
  definitions?: string[];
  /** A C file that is not a seed: the macros a rule may read (see `definedMacros`). */
  macros?: MacroDigest[];
}

/** This thread's survey reads: most files of a tree are read, scanned and dropped. */
const scratch = new ScratchReader();

/**
 * `digest`: false when the caller has the seed's digest already (the CLI's
 * cache). `keep`: handed a copy of the bytes of a file the analysis will most
 * likely read (a seed, a file that may matter), so that it is read once. The
 * index reads the few others it needs again (`index-answers.ts`).
 */
export function surveyFile(
  path: string,
  digest = true,
  keep?: (bytes: Buffer) => void,
): FileSurvey {
  const family = languageForPath(path)?.family;
  const bytes = scratch.read(path, MAX_FILE_BYTES);
  if (!bytes || bytes.includes(0)) return UNREAD;
  if (family === 'node') {
    const matters = nodeMayMatter(bytes);
    if (matters) keep?.(Buffer.from(bytes));
    return { seed: false, mayMatter: matters };
  }
  if (family !== 'c' && family !== 'cpp') {
    keep?.(Buffer.from(bytes));
    return { seed: false, mayMatter: true };
  }
  // Not a seed: the index reads it only if it defines a function the seeds' closure
  // calls, or calls a connect wrapper — then from the disk again.
  // Its names are ASCII: read as Latin-1, not decoded (most files of a tree are these).
  if (!isSeed(bytes)) {
    const latin1 = bytes.toString('latin1');
    const macros = definedMacrosOf(latin1, bytes);
    return {
      seed: false,
      mayMatter: false,
      size: bytes.length,
      definitions: definedNames(latin1, path),
      ...(macros.length > 0 ? { macros } : {}),
    };
  }
  keep?.(Buffer.from(bytes));
  // As `build-index.ts` reads a file for its digest (a BOM kept: the hash is the same).
  const text = bytes.toString('utf8');
  // The C front end's prefilter with no wrapper named (as `engine/prefilter.ts` asks it).
  const matters = C_MAY_MATTER.test(text);
  // A seed is digested here, on a worker's core: the index takes every seed. One the
  // analysis will not read as its own needs only what the index reads of it (`digestForIndex`).
  if (!digest) return { seed: true, mayMatter: matters };
  return {
    seed: true,
    mayMatter: matters,
    digest: {
      hash: contentHash(text),
      digest: matters ? digestC(path, text) : digestForIndex(path, text),
    },
  };
}

const UNREAD: FileSurvey = { unread: true, seed: false, mayMatter: true };

/**
 * A file the index takes whole — every function's calls followed — as the
 * analysis will read it: its code calls `connect(` (a connect wrapper's body
 * does) or names `sun_path`. Not every file that says "connect": C and C++
 * trees say `connection` and `disconnect` everywhere, and taking those whole
 * made the index read most of a tree (see bench/RESULTS.md). A file that only
 * calls a wrapper is found when the wrapper is (`build-index.ts`).
 */
export function isSeed(bytes: Buffer): boolean {
  if (bytes.includes(SUN_PATH)) return true;
  // `/\bconnect\s*\(/` over the Latin-1 text, on the bytes: most files of a tree say
  // "connection" somewhere, and decoding each to test it cost more than the rest of the test.
  for (let at = bytes.indexOf(CONNECT); at >= 0; at = bytes.indexOf(CONNECT, at + 1)) {
    if (at > 0 && isWordByte(bytes[at - 1] as number)) continue;
    let next = at + CONNECT.length;
    while (next < bytes.length && isSpaceByte(bytes[next] as number)) next++;
    if (bytes[next] === OPEN_PAREN) return true;
  }
  return false;
}

const SUN_PATH = Buffer.from('sun_path');
const CONNECT = Buffer.from('connect');
const OPEN_PAREN = 0x28;

/** `\w` of a regular expression, on one byte. */
function isWordByte(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x5f
  );
}

/** `\s` of a regular expression, on one Latin-1 byte: tab to carriage return, space, no-break space. */
function isSpaceByte(byte: number): boolean {
  return (byte >= 0x09 && byte <= 0x0d) || byte === 0x20 || byte === 0xa0;
}

function nodeMayMatter(bytes: Buffer): boolean {
  // The Node front end's prefilter with no project known (as `engine/prefilter.ts` asks it),
  // its looser test on the bytes first.
  return nodeBytesMayMatter(bytes) && nodeTextMayMatter(bytes.toString('utf8'));
}

/**
 * A function definition's name where C puts it: at the start of a line, after
 * its return type on the same line or alone (`static int\nfoo(void)`).
 * Indented lines (bodies) fail at their first character; a line with no `(`
 * fails in one pass over it (the look-ahead), not a try at each of its words.
 */
const DEFINITION_LINE =
  /^(?=[A-Za-z_][^\n\r\u2028\u2029(]*\()(?:[A-Za-z_][\w \t*]*?[ \t*])?([A-Za-z_]\w*)[ \t]*\((.*)$/dmy;

/**
 * Where `DEFINITION_LINE` may match: after a line's end, where the next line
 * starts with a letter. Tried only there (sticky): tried at every place, the
 * expression cost more than the rest of a file's survey (most lines of C are
 * indented, blank, comments or directives).
 */
const LETTER_LINE = /[\n\r\u2028\u2029](?=[A-Za-z_])/g;

/**
 * The names a C (or C++) text may define for other files: where the index
 * looks for a function it needs. A `static` definition is left out — on its
 * line or alone on the line before (`static int\nfoo(void)`): another file's
 * call never reaches it, and the project's summary keeps none.
 */
export function definedNames(text: string, path: string): string[] {
  // C++'s line reads C's definitions too.
  if (readsAsCpp(path, text)) return cppDefinedNames(text);
  const names: string[] = [];
  for (const match of definitionLines(text)) {
    // `int f(int);`, `FOO(x);`: a declaration or a statement, not a definition.
    if (/\)\s*;\s*$/.test(match[2] ?? '')) continue;
    const nameAt = match.indices?.[1]?.[0] ?? match.index;
    if (isStaticAt(text, match.index, nameAt)) continue;
    names.push(match[1] as string);
  }
  return names;
}

/** `text.matchAll(DEFINITION_LINE)` with `g`: the same matches, each line tried once. */
function* definitionLines(text: string): Generator<RegExpExecArray> {
  const at = (start: number) => {
    DEFINITION_LINE.lastIndex = start;
    return DEFINITION_LINE.exec(text);
  };
  const first = at(0);
  if (first) yield first;
  // Most files end their lines with `\n` alone (or `\r\n`): one search for it per line, in
  // the engine's native code, is cheaper than any expression tried along the text.
  if (!hasOtherLineEnd(text)) {
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
      if (!isLetterCode(text.charCodeAt(end + 1))) continue;
      const found = at(end + 1);
      if (found) yield found;
    }
    return;
  }
  LETTER_LINE.lastIndex = 0;
  for (let line = LETTER_LINE.exec(text); line; line = LETTER_LINE.exec(text)) {
    const found = at(line.index + 1);
    if (found) {
      yield found;
      // A match ends at its line's end: the next line's start is the next place.
      LETTER_LINE.lastIndex = found.index + found[0].length;
    }
  }
}

/** A line's end other than `\n` (a `\r` not before `\n`, U+2028, U+2029): `^` matches after it too. */
function hasOtherLineEnd(text: string): boolean {
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1))
    if (text.charCodeAt(at + 1) !== 0x0a) return true;
  return text.includes('\u2028') || text.includes('\u2029');
}

/** `[A-Za-z_]`, on a character code. */
function isLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isStaticAt(text: string, lineAt: number, nameAt: number): boolean {
  if (nameAt > lineAt) return /\bstatic\b/.test(text.slice(lineAt, nameAt));
  const before = text.lastIndexOf('\n', lineAt - 2) + 1;
  return /^[ \t]*static\b[^;{}()=]*$/.test(text.slice(before, lineAt - 1).replace(/\r$/, ''));
}

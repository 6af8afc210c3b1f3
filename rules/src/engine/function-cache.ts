import { functionAt, type CFileScan } from '../model/c/file-model.js';
import { escapeRegExp } from '../text/regexp.js';
import { TextMemo } from '../text/text-memo.js';
import type { SyntaxNode } from '../parse/syntax.js';
import type { FunctionModel } from '../model/c/types.js';
import { parseQuestionKey, type NameQuestion, type NameReads } from '../model/c/name-reads.js';
import type { SummaryInputs } from '../model/c/summary-inputs.js';
import type { Settings } from '../config/settings.js';

/**
 * A finding before its offsets become lines and columns: what a rule's report
 * is turned into first, so that it can be kept across edits and moved.
 */
export interface OffsetFinding {
  ruleId: string;
  severity: 'warn' | 'error';
  messageId: string;
  data: Record<string, string | number>;
  message: string;
  start: number;
  end: number;
  related: { message: string; start: number; end: number }[];
  fixes: {
    description: string;
    edits: { start: number; end: number; text: string }[];
    safe?: boolean;
  }[];
}

/**
 * A C file's findings by function, kept by an editor between versions of the
 * file. A function's findings depend on its own text and on what it sees of the
 * rest of the file: the text outside the functions (macros, declarations), the
 * settings, and what was asked about the file's other functions by name while it
 * was analysed (`model/c/name-reads.ts`: the model logs every such question and
 * its answer). So after an edit, a function whose text is unchanged keeps its
 * findings, moved with it, unless it names a function about which a question
 * asked before now has another answer.
 */
export interface FunctionFindingsCache {
  /** The settings and the file outside its function bodies, with the functions' names. */
  key: string;
  /** Function text → its findings, offsets relative to the function's start; null: not kept. */
  byText: ReadonlyMap<string, readonly OffsetFinding[] | null>;
  /**
   * The same for the texts the previous version's functions had and this
   * one's have not: undo, or a character typed and deleted, brings them back.
   * Only one version back, so that old versions of the document are not kept.
   */
  recentByText: ReadonlyMap<string, readonly OffsetFinding[] | null>;
  /**
   * The questions asked about the file's functions by name (`questionKey`), with
   * their answers, over every analysis whose findings are kept.
   */
  reads: ReadonlyMap<string, string>;
  /** What the model reads of each function for the summaries, by function text (and one version back). */
  summaryInputs: ReadonlyMap<string, SummaryInputs>;
  recentSummaryInputs: ReadonlyMap<string, SummaryInputs>;
  /**
   * The cache of a version whose file outside the functions differed (its key):
   * a name split by a typed space and joined again by the next keystroke
   * finds its findings there. One generation only.
   */
  older?: FunctionFindingsCache;
}

/** The cache, or its older generation, made for the file as it is now (`key`). */
export function cacheFor(
  cache: FunctionFindingsCache | undefined,
  key: string,
): FunctionFindingsCache | undefined {
  if (cache?.key === key) return cache;
  return cache?.older?.key === key ? cache.older : undefined;
}

/** The next version's cache, keeping the previous one as its older generation if it is for another key. */
export function withOlder(
  next: FunctionFindingsCache,
  previous: FunctionFindingsCache | undefined,
): FunctionFindingsCache {
  const older = previous?.key === next.key ? previous.older : previous;
  if (!older) return next;
  // One generation: the older cache's own older one is let go.
  return { ...next, older: { ...older, older: undefined } };
}

/** The summary inputs a cache holds, this version's and the previous one's. */
export function keptSummaryInputs(
  cache: FunctionFindingsCache | undefined,
): ReadonlyMap<string, SummaryInputs> | undefined {
  if (!cache) return undefined;
  return new Map([...cache.recentSummaryInputs, ...cache.summaryInputs]);
}

function keptFindings(
  cache: FunctionFindingsCache | undefined,
  text: string,
): readonly OffsetFinding[] | null | undefined {
  return cache?.byText.get(text) ?? cache?.recentByText.get(text);
}

/**
 * What every function's findings may depend on outside the functions: the
 * settings, the macros, the file-scope declarations (a global's type), and the
 * functions' names, in file order (a global counts only if declared before).
 * Comments, includes and type definitions are not read by any rule.
 */
export function cacheKey(scan: CFileScan, settings: Settings): string {
  const rules = [...settings.rules].map(([id, { severity, options }]) => [id, severity, options]);
  const top: [number, string][] = [];
  for (const { captures } of scan.macros) {
    const macro = captures[0]?.node;
    if (macro) top.push([macro.startIndex, `${macro.type} ${tokens(macro.text)}`]);
  }
  for (const node of scan.others) {
    const variables =
      node.type === 'declaration' ? declarations.get(node.text, () => declaredVariables(node)) : '';
    if (variables) top.push([node.startIndex, variables]);
  }
  for (const fn of scan.functions) top.push([fn.node.startIndex, `${fn.name}()`]);
  top.sort((a, b) => a[0] - b[0]);
  return JSON.stringify([
    rules,
    settings.platform,
    settings.wrappers,
    settings.reportUnusedDirectives,
    top.map(([, text]) => text),
  ]);
}

/**
 * What a file-scope declaration tells a rule (`declarationOf`): the type and the
 * variables declared, with their pointer and array shapes — not their initial
 * values (a large table's contents are nothing to the rules), and nothing for
 * a function's prototype. Empty when it declares no variable.
 */
function declaredVariables(declaration: SyntaxNode): string {
  const type = declaration.childForFieldName('type');
  const parts: string[] = [];
  let variables = 0;
  for (const child of declaration.namedChildren) {
    if (!child || child.type === 'comment') continue;
    if (child.startIndex === type?.startIndex || !DECLARATOR.test(child.type)) {
      parts.push(child.text);
      continue;
    }
    let shape = '';
    let current: SyntaxNode | null = child;
    while (current && current.type !== 'identifier') {
      if (!DECLARATOR.test(current.type)) break;
      if (current.type !== 'init_declarator') shape += current.type[0];
      current =
        current.childForFieldName('declarator') ??
        (current.type === 'parenthesized_declarator' ? current.namedChild(0) : null);
    }
    if (current?.type !== 'identifier') continue;
    parts.push(`${shape}${current.text}`);
    variables++;
  }
  return variables > 0 ? `declaration ${tokens(parts.join(' '))}` : '';
}

/** By declaration text: a file's declarations rarely change from one edit to the next. */
const declarations = new TextMemo<string>();

/** Declarators `declarationOf` looks through to a variable's name. */
const DECLARATOR =
  /^(identifier|init_declarator|pointer_declarator|array_declarator|parenthesized_declarator)$/;

/**
 * The text with the whitespace between tokens dropped (a space kept between
 * two words), literals as written: what a space typed into a declaration
 * does not change.
 */
function tokens(text: string): string {
  return text.replace(
    /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\w)\s+(?=\w)|\s+/g,
    (_match, literal: string | undefined, word: string | undefined) =>
      literal ?? (word ? `${word} ` : ''),
  );
}

/** The functions to analyse again, and the previous questions answered anew. */
export interface Refocus {
  /** Undefined when nothing can be kept (no cache, or the file outside the functions changed). */
  focus: Set<FunctionModel> | undefined;
  /** The cache's questions about functions the file still has, with this version's answers. */
  reads: Map<string, string>;
  /** Whether any answer differs from the cache's. */
  changed: boolean;
}

/**
 * The functions to analyse again: those whose text has no kept findings, and
 * those that name a function about which a question the cache logged has
 * another answer now (`answer`: this version's facts).
 */
export function functionsToAnalyse(
  functions: readonly FunctionModel[],
  key: string,
  answer: (question: NameQuestion, name: string) => string,
  cache: FunctionFindingsCache | undefined,
): Refocus {
  const reads = new Map<string, string>();
  if (!cache || cache.key !== key) return { focus: undefined, reads, changed: true };
  const focus = new Set(functions.filter((fn) => !keptFindings(cache, fn.text)));
  const names = new Set(functions.map((fn) => fn.name));
  const changed = new Set<string>();
  for (const [read, before] of cache.reads) {
    const [question, name] = parseQuestionKey(read);
    // A function gone: whoever named it has changed text, or its name is in the key.
    if (!names.has(name)) continue;
    const now = answer(question, name);
    reads.set(read, now);
    if (now !== before) changed.add(name);
  }
  if (changed.size > 0) {
    const named = new RegExp(`\\b(${[...changed].map(escapeRegExp).join('|')})\\b`);
    for (const fn of functions) if (named.test(fn.bodyText)) focus.add(fn);
  }
  return { focus, reads, changed: changed.size > 0 };
}

/**
 * The file's findings: fresh ones for the functions analysed (and outside any
 * function), kept ones moved to where their function now starts for the rest;
 * and the cache for the next version. A function whose findings point outside
 * it (a related location in another function) is not kept: it is analysed again.
 */
export function mergeFindings(
  fresh: readonly OffsetFinding[],
  functions: readonly FunctionModel[],
  focus: ReadonlySet<FunctionModel> | undefined,
  cache: FunctionFindingsCache | undefined,
  key: string,
  reads: { carried: ReadonlyMap<string, string>; changed: boolean; logged?: NameReads },
  summaryInputs: ReadonlyMap<string, SummaryInputs>,
): { findings: OffsetFinding[]; cache: FunctionFindingsCache } {
  const findings: OffsetFinding[] = [];
  const freshByFunction = new Map<FunctionModel, OffsetFinding[]>();
  for (const finding of fresh) {
    const fn = functionAt(functions, finding.start);
    findings.push(finding);
    if (fn) {
      const list = freshByFunction.get(fn) ?? [];
      list.push(finding);
      freshByFunction.set(fn, list);
    }
  }
  const byText = new Map<string, readonly OffsetFinding[] | null>();
  for (const fn of functions) {
    const text = fn.text;
    const start = fn.node.startIndex;
    if (!focus || focus.has(fn)) {
      const own = freshByFunction.get(fn) ?? [];
      const inside = own.every((finding) => within(finding, start, fn.node.endIndex));
      byText.set(text, inside ? own.map((finding) => moved(finding, -start)) : null);
    } else {
      const kept = keptFindings(cache, text);
      if (!kept) continue;
      byText.set(text, kept);
      for (const finding of kept) findings.push(moved(finding, start));
    }
  }
  // Findings of texts no function has now were found under the previous answers:
  // they stay only while the answers and the rest of the file are the same.
  // (Summary inputs depend on the function's text alone.)
  const sameContext = cache?.key === key && !reads.changed;
  return {
    findings,
    cache: {
      key,
      byText,
      recentByText: sameContext ? missing(cache.byText, byText) : new Map(),
      reads: new Map([...reads.carried, ...(reads.logged?.log ?? [])]),
      summaryInputs,
      recentSummaryInputs: cache ? missing(cache.summaryInputs, summaryInputs) : new Map(),
    },
  };
}

/** The entries of `previous` whose key `current` lacks. */
function missing<V>(
  previous: ReadonlyMap<string, V>,
  current: ReadonlyMap<string, V>,
): Map<string, V> {
  const left = new Map<string, V>();
  for (const [text, value] of previous) if (!current.has(text)) left.set(text, value);
  return left;
}

function within(finding: OffsetFinding, start: number, end: number): boolean {
  const spans = [finding, ...finding.related, ...finding.fixes.flatMap((fix) => fix.edits)];
  return spans.every((span) => span.start >= start && span.end <= end);
}

function moved(finding: OffsetFinding, delta: number): OffsetFinding {
  return {
    ...finding,
    start: finding.start + delta,
    end: finding.end + delta,
    related: finding.related.map((r) => ({ ...r, start: r.start + delta, end: r.end + delta })),
    fixes: finding.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })),
    })),
  };
}

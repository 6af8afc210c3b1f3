import { COPIERS, type Copier } from '../model/c/copiers.js';
import { lexC, matchingParen, splitTopLevel, type LexedFunction } from './c-lexer.js';
import { ownCopy, type TextMemo } from '../text/text-memo.js';
import { CPP_NOT_CALLS, cppCallName, endsByThrowing, readsAsCpp } from './cpp-outline.js';
import { loopCopyOf } from './copy-loop.js';
import { nameStart, spacesBefore } from '../text/char-codes.js';
import type {
  CreatedSocket,
  DigestCopy,
  FileDigest,
  FunctionDigest,
  MacroDigest,
  ParamCall,
} from './types.js';

/**
 * What a C file offers the rest of the project (see `types.ts`), read from its
 * outline and its function bodies' text. Each fact is local: a function's own
 * calls; what they lead to across functions and files is `summarize.ts`'s job.
 */
export function digestC(
  path: string,
  text: string,
  /** Functions digested before, by their text (an editor's next version of a file). */
  memo?: TextMemo<FunctionDigest>,
): FileDigest {
  // C++ (by its extension, or a header with C++ syntax): namespaces, classes, `std::` calls.
  const cpp = readsAsCpp(path, text);
  const digestOf = (fn: LexedFunction): FunctionDigest => {
    if (!memo) return digestFunction(fn, cpp);
    // The line is left out of the key: an edit above a function moves it and changes nothing else.
    // Digested from a copy of its own: the digest's strings (its name, its calls') are cut
    // from what it is digested from, and the memo keeps it past this version of the file.
    const known = memo.get(
      `${cpp ? 'c++ ' : ''}${fn.isStatic ? 'static ' : ''}${fn.header}{${fn.body}`,
      () => digestFunction(detached(fn), cpp),
    );
    return withLine(known, fn.line);
  };
  return digestLexed(path, lexC(text, { cpp }), digestOf);
}

/**
 * The function with strings that share no memory with the file's text (`ownCopy`): a
 * string cut from a document keeps the whole document alive (V8's sliced strings), and an
 * editor's memo of digests held a hundred versions of a 5,000-line file (14 MB) that way.
 */
function detached(fn: LexedFunction): LexedFunction {
  return {
    ...fn,
    name: ownCopy(fn.name),
    params: fn.params.map(ownCopy),
    header: ownCopy(fn.header),
    body: ownCopy(fn.body),
  };
}

/** The digest each function's entry was copied from with its line (see `withLine`). */
const copiedFrom = new WeakMap<FunctionDigest, FunctionDigest>();

/** A function's digest at another line: a copy that remembers what it was copied from. */
export function withLine(digest: FunctionDigest, line: number): FunctionDigest {
  const copy = { ...digest, line };
  copiedFrom.set(copy, copiedFrom.get(digest) ?? digest);
  return copy;
}

/**
 * Are two entries copies of one digest (`withLine`), alike but for their
 * lines? An editor's file digested whole again takes most functions from its
 * memo, and comparing them by identity spares writing each out as JSON.
 */
export function sameOrigin(a: FunctionDigest, b: FunctionDigest): boolean {
  return (copiedFrom.get(a) ?? a) === (copiedFrom.get(b) ?? b);
}

/**
 * A file's digest for the project index alone, when no analysis reads it as its
 * own file (the CLI's survey of a file its prefilter drops). Another file sees a
 * `static` function only through the index's closure — its name and its calls
 * (`build-index.ts`); `summarize.ts` keeps no static function of another file.
 * So of a static function only those are read (`callsOnly`), unless its body
 * names connect: it may be a connect wrapper, whose callers the index looks for.
 * The project's facts are the same as from `digestC`.
 */
export function digestForIndex(path: string, text: string): FileDigest {
  const cpp = readsAsCpp(path, text);
  return digestLexed(path, lexC(text, { cpp }), forIndex(cpp));
}

/** A function as the index reads it (see `digestForIndex`). */
function forIndex(cpp: boolean): (fn: LexedFunction) => FunctionDigest {
  return (fn) =>
    fn.isStatic && !fn.body.includes('connect') ? callsOnly(fn, cpp) : digestFunction(fn, cpp);
}

function digestLexed(
  path: string,
  lexed: ReturnType<typeof lexC>,
  digestOf: (fn: LexedFunction) => FunctionDigest,
): FileDigest {
  return {
    path,
    functions: lexed.functions.map(digestOf),
    prototypes: lexed.prototypes
      .map((prototype) => ({ name: prototype.name, markers: markersOf(prototype.header) }))
      .filter((prototype) => prototype.markers.length > 0),
    macros: lexed.macros.filter(mayMatterAsMacro).map((macro): MacroDigest => ({
      name: macro.name,
      ...(macro.params ? { params: macro.params } : {}),
      value: macro.value,
      line: macro.line,
    })),
    includes: lexed.includes,
  };
}

/**
 * Macros a rule can read in another file: string constants (a socket path),
 * errno and its tests, what does not return, attributes, calls of connect,
 * socket and the copiers.
 */
export function mayMatterAsMacro(macro: { value: string }): boolean {
  const value = macro.value;
  return (
    /^(u8)?"/.test(value) ||
    /\b(errno|E[A-Z]{3,}|exit|abort|_exit|noreturn|__noreturn__|_Noreturn|connect|socket|sun_path)\b/.test(
      value,
    )
  );
}

/** Bodies longer than this (in characters) are not searched for parameters handed on. */
const PARAM_CALLS_BODY_LIMIT = 4000;

const KEYWORDS = new Set(['if', 'while', 'for', 'switch', 'return', 'sizeof', 'do', 'else']);

/** A call in a body: its name, where it is, and its arguments' texts, read on first use (most calls' never are). */
class Call {
  private parsed: string[] | undefined;

  constructor(
    readonly name: string,
    /** Offset of the name in the body. */
    readonly at: number,
    private readonly body: string,
    /** Offset of the opening parenthesis. */
    private readonly open: number,
  ) {}

  get args(): string[] {
    if (!this.parsed) {
      const close = matchingParen(this.body, this.open);
      const inner = close < 0 ? '' : this.body.slice(this.open + 1, close);
      this.parsed = inner.trim() === '' ? [] : splitTopLevel(inner);
    }
    return this.parsed;
  }
}

/**
 * A class, not an object with a getter per call: a tree has millions of calls, each one allocated.
 * Found from each `(` backwards (the identifier before it, spaces between), not with a regular
 * expression tried at every identifier: the same calls as `/\b([A-Za-z_]\w*)\s*\(/g`, at a
 * fraction of the cost (most identifiers of a body are no call). In C++ a call through an
 * object or of a qualified name is read as `cppCallName` says.
 */
function callsIn(body: string, cpp: boolean): Call[] {
  const calls: Call[] = [];
  for (let open = body.indexOf('('); open >= 0; open = body.indexOf('(', open + 1)) {
    const end = spacesBefore(body, open);
    const start = nameStart(body, end);
    if (start < 0) continue;
    let name = body.slice(start, end);
    if (KEYWORDS.has(name)) continue;
    if (cpp) {
      const called = CPP_NOT_CALLS.has(name) ? undefined : cppCallName(body, start, name);
      if (called === undefined) continue;
      name = called;
    }
    calls.push(new Call(name, start, body, open));
  }
  return calls;
}

/** `(int) fd`, `(fd)`, `&fd` → `fd`. */
function bare(expression: string): string {
  let text = expression.trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/^\((?:const\s+)?(?:struct\s+)?[A-Za-z_]\w*\s*\**\s*\)\s*/, '').trim();
    // `(x)`: only when the first parenthesis closes at the end (not `(a) + (b)`).
    if (text.startsWith('(') && matchingParen(text, 0) === text.length - 1)
      text = text.slice(1, -1).trim();
  }
  return text;
}

/**
 * The fields a calls-only digest does not read share one empty array, frozen:
 * fewer objects to hand from a worker to the main thread (a message keeps one
 * copy of an object met twice), and nothing may fill it.
 */
const UNREAD: never[] = Object.freeze([]) as unknown as never[];

/** A static function as other files' index reads it: its name and calls (see `digestForIndex`). */
function callsOnly(fn: LexedFunction, cpp: boolean): FunctionDigest {
  return {
    name: fn.name,
    line: fn.line,
    isStatic: true,
    callsOnly: true,
    params: fn.params.length,
    markers: UNREAD,
    calls: [...new Set(callsIn(fn.body, cpp).map((call) => call.name))],
    returnsCalls: UNREAD,
    paramCalls: UNREAD,
    nonBlockingParams: UNREAD,
    blockingParams: UNREAD,
    returnedPassedTo: UNREAD,
    keepsErrno: false,
    returnsErrno: false,
    classifies: UNREAD,
    ...sunPathOf(fn.body),
  };
}

/** `namesSunPath`, spread into a digest: absent (not false) where the body does not name it. */
function sunPathOf(body: string): { namesSunPath?: true } {
  return body.includes('sun_path') ? { namesSunPath: true } : {};
}

function digestFunction(fn: LexedFunction, cpp: boolean): FunctionDigest {
  const { body, params } = fn;
  const calls = callsIn(body, cpp);
  const paramIndex = (expression: string) => params.indexOf(bare(expression).replace(/^&/, ''));
  const paramCalls: ParamCall[] = [];
  // Helpers that hand a parameter on are small; a large body's calls are not all read.
  const handsOn =
    body.length <= PARAM_CALLS_BODY_LIMIT &&
    params.some((param) => param !== '' && body.includes(param));
  for (const call of handsOn ? calls : []) {
    call.args.forEach((arg, index) => {
      const param = paramIndex(arg);
      if (param >= 0 && params[param] !== '')
        paramCalls.push({ name: call.name, arg: index, param });
    });
  }
  const returned = returnedExpressions(body);
  const returnedNames = returned.map((e) => bare(e.text)).filter((v) => /^[A-Za-z_]\w*$/.test(v));
  const stores = storesIn(body, returnedNames);
  // The calls whose value is returned: `return f(…)`, or `v = f(…); … return v;`.
  const returnedCalls: Call[] = [];
  const callAt = (offset: number) => calls.find((call) => call.at === offset);
  for (const expression of returned) {
    const value = bare(expression.text);
    // C++'s `return ::connect(…)`, `return std::…(…)` name the C library's.
    const direct = /^(?:(?:std)?\s*::\s*)?([A-Za-z_]\w*)\s*\(/.exec(value);
    if (direct) {
      const call = callAt(expression.at + expression.text.indexOf(direct[1] as string));
      if (call) returnedCalls.push(call);
      continue;
    }
    if (!/^[A-Za-z_]\w*$/.test(value)) continue;
    for (const store of stores.filter((candidate) => candidate.variable === value)) {
      const call = callAt(store.valueAt);
      if (call) returnedCalls.push(call);
    }
  }
  const returnedVariables = new Set(
    returned.map((expression) => bare(expression.text)).filter((v) => /^[A-Za-z_]\w*$/.test(v)),
  );
  const connectReturned = returnedCalls.find(
    (call) => call.name === 'connect' && call.args.length === 3,
  );
  const digest: FunctionDigest = {
    name: fn.name,
    line: fn.line,
    isStatic: fn.isStatic,
    params: params.length,
    // A C++ function that always throws leaves its caller's failure branch as exit() does.
    markers:
      cpp && endsByThrowing(body) ? ['noreturn', ...markersOf(fn.header)] : markersOf(fn.header),
    calls: [...new Set(calls.map((call) => call.name))],
    returnsCalls: [...new Set(returnedCalls.map((call) => call.name))],
    paramCalls,
    nonBlockingParams: [],
    blockingParams: [],
    returnedPassedTo: [],
    keepsErrno: keepsErrno(body),
    returnsErrno:
      params.length === 0 && returned.some((expression) => readsErrnoValue(expression.text)),
    classifies: classifies(fn, body, returned.length > 0),
    ...sunPathOf(body),
  };
  if (connectReturned) digest.connectSocketParam = paramIndex(connectReturned.args[0] ?? '');
  for (const call of calls) {
    // The name first: a call's arguments are read only when it may set a mode.
    if (!MODE_SETTERS.has(call.name)) continue;
    const mode = descriptorMode(call, body);
    const target = call.args[0];
    if (!mode || target === undefined) continue;
    const param = paramIndex(target);
    if (param >= 0)
      (mode === 'non-blocking' ? digest.nonBlockingParams : digest.blockingParams).push(param);
  }
  const socket = createdSocket(returnedCalls, stores, returnedVariables, calls, body);
  if (socket) {
    digest.socket = socket.socket;
    digest.returnedPassedTo = socket.passedTo;
  }
  const copy = copyOf(calls, paramIndex, returned) ?? loopCopyOf(params, body, returned);
  if (copy) digest.copy = copy;
  if (returned.length === 0 && !/\breturn\b/.test(body)) {
    // The last statement alone (a regular expression over the whole body backtracks).
    const end = body.trimEnd();
    const from =
      Math.max(end.lastIndexOf(';', end.length - 2), end.lastIndexOf('{'), end.lastIndexOf('}')) +
      1;
    const last = /^\s*([A-Za-z_]\w*)\s*\([^;]*\)\s*;$/.exec(end.slice(from));
    if (last?.[1]) digest.endsWithCall = last[1];
  }
  return digest;
}

/** The identifiers of a declaration that may say it does not return. */
function markersOf(header: string): string[] {
  const markers = new Set<string>();
  if (/\b(_Noreturn|noreturn|__noreturn__)\b|\[\[\s*(noreturn|_Noreturn)\s*\]\]/.test(header))
    markers.add('noreturn');
  // A project's attribute macro: `NORETURN`, `ATTR_NORETURN`, `G_NORETURN`, `DEAD`.
  for (const word of header.match(/\b[A-Z_][A-Z0-9_]{2,}\b/g) ?? []) markers.add(word);
  return [...markers];
}

function returnedExpressions(body: string): { text: string; at: number }[] {
  const found: { text: string; at: number }[] = [];
  const pattern = /\breturn\b\s*([^;]*);/g;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const text = match[1] ?? '';
    if (text.trim() !== '') found.push({ text, at: match.index + match[0].indexOf(text) });
  }
  return found;
}

/** `v = value` (not `==`, `<=`, …): the variable and where its value starts. */
function storesIn(
  body: string,
  variables: readonly string[],
): { variable: string; value: string; valueAt: number }[] {
  const stores: { variable: string; value: string; valueAt: number }[] = [];
  // Only the variables asked for (the returned ones): one search each, no pattern built per function.
  for (const variable of new Set(variables)) {
    for (let at = body.indexOf(variable); at >= 0; at = body.indexOf(variable, at + 1)) {
      if (at > 0 && /[\w.>]/.test(body[at - 1] as string)) continue;
      const rest = /^\s*=(?!=)\s*/.exec(
        body.slice(at + variable.length, at + variable.length + 16),
      );
      if (!rest) continue;
      const valueAt = at + variable.length + rest[0].length;
      const end = body.indexOf(';', valueAt);
      const value = body.slice(valueAt, end < 0 ? undefined : end);
      // `(int) f(…)`, `(f(…))`: where the call's name starts.
      const lead =
        /^[\s(]*(\((?:const\s+)?(?:struct\s+)?[A-Za-z_]\w*\s*\**\s*\)\s*)?[\s(]*(?:(?:std)?\s*::\s*)?/.exec(
          value,
        );
      stores.push({ variable, value, valueAt: valueAt + (lead?.[0].length ?? 0) });
    }
  }
  return stores;
}

/**
 * Does this call make its first argument non-blocking or blocking?
 *   fcntl(fd, F_SETFL, fl | O_NONBLOCK)       fcntl(fd, F_SETFL, fl & ~O_NONBLOCK)
 *   ioctl(fd, FIONBIO, &on)  with `on = 1` / `on = 0` in the body
 * A call that may do either (`on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK`) is neither.
 */
function descriptorMode(call: Call, body: string): 'non-blocking' | 'blocking' | undefined {
  if (call.name === 'fcntl') {
    if (!/\bF_SETFL\b/.test(call.args[1] ?? '')) return undefined;
    const value = call.args[2] ?? '';
    const clears = /~\s*\(?\s*(O_NONBLOCK|O_NDELAY|FNDELAY|FNONBLOCK)\b/.test(value);
    const sets = /(?<![~!]\s*\(?\s*)\b(O_NONBLOCK|O_NDELAY|FNDELAY|FNONBLOCK)\b/.test(value);
    if (sets === clears) return undefined;
    return sets ? 'non-blocking' : 'blocking';
  }
  if (call.name === 'ioctl' || call.name === 'ioctlsocket') {
    if (!/\bFIONBIO\b/.test(call.args[1] ?? '')) return undefined;
    const value = bare(call.args[2] ?? '').replace(/^&/, '');
    if (/^\d+$/.test(value)) return value === '0' ? 'blocking' : 'non-blocking';
    const stored = [...body.matchAll(new RegExp(`\\b${value}\\s*=\\s*(\\d+)\\s*[;,]`, 'g'))].map(
      (match) => match[1],
    );
    if (stored.length === 0 || new Set(stored.map((v) => v === '0')).size > 1) return undefined;
    return stored[0] === '0' ? 'blocking' : 'non-blocking';
  }
  return undefined;
}

const MODE_SETTERS = new Set(['fcntl', 'ioctl', 'ioctlsocket']);

const TYPE_FLAGS = new Set(['SOCK_NONBLOCK', 'SOCK_CLOEXEC', 'SOCK_CLOFORK', 'SOCK_NOSIGPIPE']);

/** The socket(2) the function returns (`return socket(…)`, or `fd = socket(…); … return fd;`). */
function createdSocket(
  returnedCalls: readonly Call[],
  stores: readonly { variable: string; valueAt: number }[],
  returnedVariables: ReadonlySet<string>,
  calls: readonly Call[],
  body: string,
): { socket: CreatedSocket; passedTo: { name: string; arg: number }[] } | undefined {
  const call = returnedCalls.find((c) => c.name === 'socket' && c.args.length === 3);
  if (!call) return undefined;
  const typeParts = (call.args[1] ?? '').split('|').map((part) => part.trim());
  const flags = typeParts.filter((part) => TYPE_FLAGS.has(part));
  const type = typeParts.filter((part) => !TYPE_FLAGS.has(part)).join(' | ');
  const holder = stores.find(
    (store) => store.valueAt === call.at && returnedVariables.has(store.variable),
  )?.variable;
  const passedTo: { name: string; arg: number }[] = [];
  let nonBlocking = flags.includes('SOCK_NONBLOCK');
  if (holder) {
    for (const other of calls) {
      const arg = other.args.findIndex((a) => bare(a) === holder);
      if (arg < 0) continue;
      if (arg === 0 && descriptorMode(other, body) === 'non-blocking') nonBlocking = true;
      else passedTo.push({ name: other.name, arg });
    }
  }
  return {
    socket: {
      domain: call.args[0]?.trim() ?? '',
      type,
      flags,
      kind: /^SOCK_(STREAM|SEQPACKET)$/.test(type)
        ? 'stream'
        : /^SOCK_(DGRAM|RAW)$/.test(type)
          ? 'datagram'
          : 'unknown',
      nonBlocking,
    },
    passedTo,
  };
}

/**
 * A copy from one parameter into another's buffer with a C library copier:
 * `strncpy(dst, src, n)`, `snprintf(dst, n, fmt, …)`, `memcpy(dst, src, strlen(src) + 1)`.
 */
function copyOf(
  calls: readonly Call[],
  paramIndex: (expression: string) => number,
  returned: readonly { text: string; at: number }[],
): DigestCopy | undefined {
  for (const call of calls) {
    if (!Object.hasOwn(COPIERS, call.name)) continue;
    const copier = COPIERS[call.name] as Copier;
    const destinationIndex = call.name === 'bcopy' ? 1 : 0;
    const dest = paramIndex(call.args[destinationIndex] ?? '');
    if (dest < 0) continue;
    const at = (index: number | undefined) =>
      index === undefined ? undefined : paramIndex(call.args[index] ?? '');
    const source = at(copier.source);
    const format = at(copier.format);
    if ((source === undefined || source < 0) && (format === undefined || format < 0)) continue;
    const size = at(copier.size);
    const sizeText = copier.size === undefined ? '' : (call.args[copier.size] ?? '');
    const sourceText = copier.source === undefined ? '' : bare(call.args[copier.source] ?? '');
    const copy: DigestCopy = {
      via: call.name,
      dest,
      unbounded:
        copier.kind === 'unbounded' ||
        (copier.kind === 'sized' &&
          sourceText !== '' &&
          sizeText.includes(`strlen(${sourceText})`)),
      tells: returned.some(
        (expression) =>
          expression.at <= call.at && call.at < expression.at + expression.text.length,
      ),
    };
    if (source !== undefined && source >= 0) copy.source = source;
    if (format !== undefined && format >= 0) copy.format = format;
    if (size !== undefined && size >= 0) copy.size = size;
    return copy;
  }
  return undefined;
}

/**
 * A returned value that is errno's, or made from it: `return errno;`,
 * `return strerror(errno);`, `return stringerror(errno);` — the function's call
 * reads errno where it is made, as the in-file model reads such a function.
 */
function readsErrnoValue(expression: string): boolean {
  return /\berrno\b/.test(expression) && !/\berrno\s*=(?!=)/.test(expression);
}

/** `int saved = errno; … errno = saved;`: the function gives its caller errno back. */
function keepsErrno(body: string): boolean {
  if (!body.includes('errno')) return false;
  for (const match of body.matchAll(/\b([A-Za-z_]\w*)\s*=\s*errno\s*;/g)) {
    if (new RegExp(`\\berrno\\s*=\\s*${match[1]}\\s*;`).test(body)) return true;
  }
  return false;
}

/** A small test function's E-constants: `int would_block(int e) { return e == EAGAIN || … }`. */
function classifies(fn: LexedFunction, body: string, returns: boolean): string[] {
  if (fn.params.length === 0 || !returns || body.length > 400) return [];
  return [...new Set(body.match(/\b(WSA)?E[A-Z0-9]{2,}\b/g) ?? [])];
}

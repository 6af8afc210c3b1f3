import { createHash } from 'node:crypto';
import { LIBC_CLOBBERERS } from '../model/c/clobberers.js';
import { NO_RETURN_FUNCTIONS } from '../model/c/ast.js';
import type { Copier } from '../model/c/copiers.js';
import {
  own,
  type FileDigest,
  type FunctionDigest,
  type ProjectFacts,
  type ProjectFunction,
  type ProjectMacro,
} from './types.js';

/**
 * The project's functions and macros as callers see them, from every file's
 * digest, to a fixed point: a wrapper of a wrapper is a wrapper, a helper that
 * calls a fatal helper last does not return, a function that calls close() (or
 * a function that does) clobbers errno, a factory that returns another
 * factory's socket makes that kind of socket.
 *
 * Only functions other files can call are kept (not `static`). A name defined
 * by several files (two programs of one tree, or per-platform variants) keeps
 * only what every definition says.
 */
export interface SummarizeOptions {
  /**
   * Facts already known (the project's, when one file is summarized on top of
   * it): read as they are, and overridden by the digests' own definitions.
   */
  base?: ProjectFacts;
  /** Keep `static` functions too: one file's own view of itself. */
  includeStatic?: boolean;
  /**
   * Only these functions' facts (a CLI run's: what its analysed files may call,
   * and theirs): their callees are among them, so their facts are the same.
   */
  only?: ReadonlySet<string>;
  /**
   * Only which functions return connect(2)'s result (`connectWrappers`; the
   * other facts are left as their digests say, and `digest` is empty): what
   * the index asks while it still grows (wrappers of wrappers).
   */
  wrappersOnly?: boolean;
}

export function summarizeProject(
  digests: Iterable<FileDigest>,
  options: SummarizeOptions = {},
): ProjectFacts {
  const base = options.base;
  const definitions = new Map<string, { digest: FunctionDigest; path: string }[]>();
  const macros: Record<string, ProjectMacro> = {};
  const declaredNoReturn = new Map<string, string[]>();
  // By path, in code-unit order (the same in every face and locale; `localeCompare` took a
  // third of a large project's summary).
  const files: FileDigest[] = [...digests].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  for (const file of files) {
    for (const fn of file.functions) {
      // A calls-only digest is of a static function too: its facts were not read.
      if ((fn.isStatic && !options.includeStatic) || fn.callsOnly) continue;
      if (options.only && !options.only.has(fn.name)) continue;
      const list = definitions.get(fn.name) ?? [];
      list.push({ digest: fn, path: file.path });
      definitions.set(fn.name, list);
    }
    if (options.wrappersOnly) continue;
    for (const macro of file.macros) {
      // The first definition met wins (sorted by path: the same for every run and face).
      if (!own(macros, macro.name)) macros[macro.name] = { ...macro, path: file.path };
    }
    for (const prototype of file.prototypes) {
      declaredNoReturn.set(prototype.name, [
        ...(declaredNoReturn.get(prototype.name) ?? []),
        ...prototype.markers,
      ]);
    }
  }
  const macro = (name: string) => own(macros, name) ?? own(base?.macros, name);
  const marksNoReturn = (markers: readonly string[]) =>
    markers.some((marker) => {
      if (marker === 'noreturn') return true;
      const found = macro(marker);
      return (
        !!found &&
        !found.params &&
        /\b(_Noreturn|noreturn|__noreturn__)\b|\[\[\s*noreturn\s*\]\]/.test(found.value)
      );
    });

  const noReturn = new Set([...NO_RETURN_FUNCTIONS, ...(base?.noReturn ?? [])]);
  for (const [name, markers] of declaredNoReturn) if (marksNoReturn(markers)) noReturn.add(name);
  // Statement macros that end the program: `#define FATAL(...) do { log(…); exit(1); } while (0)`.
  for (const macro of Object.values(macros)) {
    if (
      macro.params &&
      /\b(exit|_exit|abort)\s*\([^;]*\)\s*;?\s*(\}\s*while\s*\(\s*0\s*\))?\s*$/.test(macro.value)
    )
      noReturn.add(macro.name);
  }

  // The digests' own functions; the base's are looked up, never copied (one file
  // is summarized on top of a project of tens of thousands of functions).
  const functions: Record<string, ProjectFunction> = {};
  const lookup = (name: string): ProjectFunction | undefined =>
    own(functions, name) ?? (definitions.has(name) ? undefined : own(base?.functions, name));
  const all = [...definitions.values()].flat();
  // Wrappers alone: a name none of whose definitions returns connect's result or
  // another call's can never be one, and its entry would only answer "no" (as no
  // entry does). Most of a project's functions are such.
  const mayWrap = options.wrappersOnly
    ? new Set(
        all
          .filter(
            ({ digest }) =>
              digest.connectSocketParam !== undefined || digest.returnsCalls.length > 0,
          )
          .map(({ digest }) => digest.name),
      )
    : undefined;
  for (const { digest, path } of all) {
    if (mayWrap && !mayWrap.has(digest.name)) continue;
    const entry: ProjectFunction = {
      name: digest.name,
      path,
      line: digest.line,
      returnsConnectResult: digest.connectSocketParam !== undefined,
      nonBlockingParams: [...new Set(digest.nonBlockingParams)],
      blockingParams: [...new Set(digest.blockingParams)],
      clobbersErrno: false,
      noReturn: false,
      readsErrno: digest.returnsErrno,
      classifies: digest.classifies,
    };
    if (digest.connectSocketParam !== undefined && digest.connectSocketParam >= 0)
      entry.connectSocketParam = digest.connectSocketParam;
    if (digest.socket) entry.socket = { ...digest.socket };
    const copier = options.wrappersOnly ? undefined : copierOf(digest);
    if (copier) entry.copier = copier;
    if (!options.wrappersOnly && marksNoReturn(digest.markers)) entry.noReturn = true;
    // Several definitions: keep the first's fields, then `agree` below cuts them down.
    merge(functions, entry);
  }
  const ambiguous = new Set(
    [...definitions].filter(([, list]) => list.length > 1).map(([name]) => name),
  );

  const clobbers = (name: string) => LIBC_CLOBBERERS.has(name) || !!lookup(name)?.clobbersErrno;
  // A worklist, not sweeps: when a function's facts change, only its callers are read again.
  const callers = new Map<string, (typeof all)[number][]>();
  for (const item of all) {
    // Wrappers alone: a function becomes one only through the calls whose value it returns.
    for (const name of options.wrappersOnly ? item.digest.returnsCalls : item.digest.calls) {
      const list = callers.get(name) ?? [];
      list.push(item);
      callers.set(name, list);
    }
  }
  const queue = options.wrappersOnly
    ? all.filter((item) => item.digest.returnsCalls.length > 0)
    : [...all];
  const queued = new Set(queue);
  while (queue.length > 0) {
    const item = queue.pop() as (typeof all)[number];
    queued.delete(item);
    const { digest } = item;
    const entry = own(functions, digest.name);
    if (!entry) continue;
    let changed = false;
    {
      const update = (apply: () => boolean) => {
        if (apply()) changed = true;
      };
      const wrappersOnly = options.wrappersOnly === true;
      update(() => {
        if (wrappersOnly) return false;
        if (entry.noReturn || !digest.endsWithCall || !noReturn.has(digest.endsWithCall))
          return false;
        noReturn.add(entry.name);
        return (entry.noReturn = true);
      });
      update(() => {
        if (wrappersOnly || entry.clobbersErrno || digest.keepsErrno) return false;
        if (!digest.calls.some((name) => name !== digest.name && clobbers(name))) return false;
        return (entry.clobbersErrno = true);
      });
      update(() => {
        if (entry.returnsConnectResult) return false;
        const wrapper = digest.returnsCalls
          .map(lookup)
          .find((callee) => callee?.returnsConnectResult && callee.name !== digest.name);
        if (!wrapper) return false;
        entry.returnsConnectResult = true;
        const through = digest.paramCalls.find(
          (call) => call.name === wrapper.name && call.arg === wrapper.connectSocketParam,
        );
        if (through) entry.connectSocketParam = through.param;
        return true;
      });
      update(() => {
        if (wrappersOnly) return false;
        if (entry.socket) {
          // A factory whose socket a helper makes non-blocking.
          if (entry.socket.nonBlocking) return false;
          const helper = digest.returnedPassedTo.some((call) =>
            lookup(call.name)?.nonBlockingParams.includes(call.arg),
          );
          if (!helper) return false;
          entry.socket.nonBlocking = true;
          return true;
        }
        const factory = digest.returnsCalls
          .map(lookup)
          .find((callee) => callee?.socket && callee.name !== digest.name);
        if (!factory?.socket) return false;
        entry.socket = { ...factory.socket };
        return true;
      });
      update(() => {
        if (wrappersOnly) return false;
        let grew = false;
        for (const call of digest.paramCalls) {
          const callee = lookup(call.name);
          if (!callee || callee.name === digest.name) continue;
          for (const [from, to] of [
            [callee.nonBlockingParams, entry.nonBlockingParams],
            [callee.blockingParams, entry.blockingParams],
          ] as const) {
            if (from.includes(call.arg) && !to.includes(call.param)) {
              to.push(call.param);
              grew = true;
            }
          }
        }
        return grew;
      });
    }
    if (!changed) continue;
    for (const caller of callers.get(digest.name) ?? []) {
      if (queued.has(caller)) continue;
      queued.add(caller);
      queue.push(caller);
    }
  }
  for (const name of ambiguous) agree(functions, name, definitions.get(name) ?? []);
  for (const entry of Object.values(functions)) if (entry.noReturn) noReturn.add(entry.name);
  const facts = {
    functions,
    macros,
    noReturn: [...noReturn].sort(),
    connectWrappers: Object.values(functions)
      .filter((entry) => entry.returnsConnectResult)
      .map((entry) => entry.name)
      .sort(),
  };
  if (options.wrappersOnly) return { ...facts, digest: '' };
  // Made when first read: a cache's key, and no analysed file's own view (summarized
  // on top of the project for each file of a run) is ever a cache's key.
  let digest: string | undefined;
  return {
    ...facts,
    get digest() {
      return (digest ??= factsDigest(facts));
    },
  };
}

/**
 * A hash of the facts, lines left out: an edit that moves a function changes no
 * fact a rule reads. (Not with a replacer function: JSON.stringify then leaves
 * its fast path, a third of the summary's time.)
 */
function factsDigest(facts: Omit<ProjectFacts, 'digest'>): string {
  const key = JSON.stringify([
    withoutLines(facts.functions),
    withoutLines(facts.macros),
    facts.noReturn,
    facts.connectWrappers,
  ]);
  return createHash('sha1').update(key).digest('hex');
}

function withoutLines(record: Record<string, { line: number }>): object[] {
  return Object.values(record).map((value) => ({ ...value, line: 0 }));
}

function merge(functions: Record<string, ProjectFunction>, entry: ProjectFunction): void {
  if (!own(functions, entry.name)) functions[entry.name] = entry;
}

/**
 * A name with several definitions: a fact holds only if each definition has it
 * on its own. Computed again from each digest, so the second definition's facts
 * are not lost to the first's.
 */
function agree(
  functions: Record<string, ProjectFunction>,
  name: string,
  list: readonly { digest: FunctionDigest }[],
): void {
  const entry = own(functions, name);
  if (!entry) return;
  const everyOne = (test: (digest: FunctionDigest) => boolean) =>
    list.every(({ digest }) => test(digest));
  if (!everyOne((d) => d.connectSocketParam !== undefined || d.returnsCalls.length > 0))
    entry.returnsConnectResult = false;
  if (!everyOne((d) => d.socket !== undefined || d.returnsCalls.length > 0)) delete entry.socket;
  if (!everyOne((d) => !d.keepsErrno)) entry.clobbersErrno = false;
  if (!everyOne((d) => d.copy !== undefined)) delete entry.copier;
  // A call without arguments reads errno if every definition it may reach does: the ones
  // without parameters (a C++ overload with parameters answers calls with arguments).
  entry.readsErrno =
    list.some(({ digest }) => digest.params === 0) &&
    everyOne((d) => d.params > 0 || d.returnsErrno);
  entry.nonBlockingParams = entry.nonBlockingParams.filter((p) =>
    everyOne((d) => d.nonBlockingParams.includes(p) || d.paramCalls.some((c) => c.param === p)),
  );
  entry.blockingParams = entry.blockingParams.filter((p) =>
    everyOne((d) => d.blockingParams.includes(p) || d.paramCalls.some((c) => c.param === p)),
  );
}

/** A copy helper as the C library copier it behaves like, for `unix-path-bounds`. */
function copierOf(digest: FunctionDigest): Copier | undefined {
  const copy = digest.copy;
  if (!copy || copy.dest !== 0) return undefined;
  const withArgs = (copier: Copier): Copier => {
    const out = { ...copier };
    if (copy.source !== undefined) out.source = copy.source;
    if (copy.format !== undefined) out.format = copy.format;
    if (copy.size !== undefined) out.size = copy.size;
    return out;
  };
  if (copy.unbounded) return withArgs({ kind: 'unbounded' });
  // A bounded copy whose size the caller gives: silent unless the helper hands the result back.
  if (copy.size === undefined) return undefined;
  return withArgs({ kind: copy.tells ? 'truncating-reported' : 'truncating-silent' });
}

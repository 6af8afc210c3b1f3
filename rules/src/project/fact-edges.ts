import { LIBC_CLOBBERERS } from '../model/c/clobberers.js';
import type { FunctionDigest } from './types.js';

/**
 * Which calls of a function decide the facts its callers read (see
 * `summarize.ts`), so that the index follows those and no others:
 *   - every fact but errno's rests on a few calls: the calls whose value it
 *     returns (a wrapper, a factory), the helpers its parameters or its
 *     returned socket are handed to (non-blocking, blocking), and its last call
 *     (noreturn); its copier and its errno reads are its own;
 *   - "may change errno" rests on every call, unless the function settles it
 *     alone: it keeps errno (saves and restores it), or it calls close(),
 *     free(), printf() and the like itself.
 * Only `errno-clobbered` asks whether a call may change errno, and only of the
 * calls in the functions that call connect (see `hostsConnect`): the index
 * follows every call ("deep") from those alone, and a few from the rest. A
 * name followed only the few ways may be summarized as keeping errno, and no
 * rule asks.
 */
export function followedCalls(fn: FunctionDigest, deep: boolean): readonly string[] {
  const calls = [
    ...fn.returnsCalls,
    ...fn.paramCalls.map((call) => call.name),
    ...fn.returnedPassedTo.map((call) => call.name),
  ];
  if (fn.endsWithCall) calls.push(fn.endsWithCall);
  if (deep && !settlesClobber(fn)) calls.push(...fn.calls);
  return calls;
}

/** Is "may change errno" known from the function alone (as `summarize.ts` decides it)? */
function settlesClobber(fn: FunctionDigest): boolean {
  return fn.keepsErrno || fn.calls.some((name) => name !== fn.name && LIBC_CLOBBERERS.has(name));
}

/**
 * Does the function call connect(2) or a wrapper the configuration names
 * (`connectCalls`): the calls in its failure branches are asked whether they
 * change errno. By name, as the digest reads calls (a superset: `x.connect(`,
 * a call in a branch the preprocessor leaves out).
 */
export function hostsConnect(fn: FunctionDigest, connectCalls: ReadonlySet<string>): boolean {
  return fn.calls.some((name) => connectCalls.has(name));
}

/**
 * Is the function one a rule judges: every finding sits in a function that
 * calls connect(2) or a connect wrapper (the configuration's, or one the
 * project's digests show), or that names `sun_path`. Of a file the analysis
 * reads, only these need the facts of every call; its other functions need
 * those their own facts rest on (`followedCalls`), as any needed function.
 */
export function judgedByRules(
  fn: FunctionDigest,
  connectCalls: ReadonlySet<string>,
  wrappers: ReadonlySet<string>,
): boolean {
  return (
    fn.namesSunPath === true ||
    fn.calls.some((name) => connectCalls.has(name) || wrappers.has(name))
  );
}

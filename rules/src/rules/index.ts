import type { Rule } from './rule.js';
import addrlenMismatch from './addrlen-mismatch.js';
import connectTimeout from './connect-timeout.js';
import einprogressUnconfirmed from './einprogress-unconfirmed.js';
import eintrReconnect from './eintr-reconnect.js';
import errnoClobbered from './errno-clobbered.js';
import errorListener from './error-listener.js';
import familyMismatch from './family-mismatch.js';
import nonblockingEinprogress from './nonblocking-einprogress.js';
import repeatedConnect from './repeated-connect.js';
import uncheckedReturn from './unchecked-return.js';
import unixPathBounds from './unix-path-bounds.js';

/** Every rule, by id. A test holds each to its file name, doc page and fixtures. */
export const RULES: readonly Rule<object>[] = [
  uncheckedReturn,
  nonblockingEinprogress,
  einprogressUnconfirmed,
  repeatedConnect,
  eintrReconnect,
  unixPathBounds,
  addrlenMismatch,
  familyMismatch,
  errnoClobbered,
  errorListener,
  connectTimeout,
] as Rule<object>[];

export const RULES_BY_ID: ReadonlyMap<string, Rule<object>> = new Map(
  RULES.map((rule) => [rule.meta.id, rule]),
);

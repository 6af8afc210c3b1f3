import { alwaysExits, ancestors, LOOP_TYPES, walk } from '../../model/c/ast.js';
import { factKind } from '../../model/fact-store.js';
import { connectOutcome, type ConnectOutcome } from '../../model/c/connect-outcome.js';
import { errnoConstantsIn } from '../../model/c/errno-vocabulary.js';
import { brokenAround } from '../../model/c/parse-errors.js';
import type { CFileModel, ConnectCall } from '../../model/c/types.js';
import type { SyntaxNode } from '../../parse/syntax.js';

/** A connect's outcome with what the rules ask of it, computed once per call. */
export interface OutcomeFacts {
  outcome: ConnectOutcome;
  /** E-constants tested in the condition or on the failure path. */
  errnos: Set<string>;
  /** The failure path always leaves (return, goto, break, exit...) or closes the socket. */
  fatal: boolean;
}

const OUTCOME = factKind<ConnectCall, OutcomeFacts | undefined>('connect outcome');

export function outcomeFacts(
  connect: ConnectCall,
  model: Pick<CFileModel, 'errno' | 'noReturn' | 'facts'>,
): OutcomeFacts | undefined {
  return model.facts.get(OUTCOME, connect, () => readOutcome(connect, model));
}

function readOutcome(
  connect: ConnectCall,
  model: Pick<CFileModel, 'errno' | 'noReturn'>,
): OutcomeFacts | undefined {
  const vocabulary = model.errno;
  const outcome = connectOutcome(connect.call, connect.use, connect.fn.body, model.noReturn);
  // A misparsed test or failure path is not the code: no rule reads it.
  const broken = !!outcome && (brokenAround(connect.call) || outcome.test.hasError);
  if (!outcome || broken) return undefined;
  const errnos = errnoConstantsIn(outcome.condition, vocabulary);
  for (const statement of outcome.failure)
    for (const e of errnoConstantsIn(statement, vocabulary)) errnos.add(e);
  // `do { if (connect(...) == 0) return 0; err = errno; } while (err == EINTR);`:
  // the failure path stays in the loop, whose own condition tests the error.
  const around = innermostLoop(connect.call);
  const condition = around?.childForFieldName('condition');
  if (
    condition &&
    around !== outcome.loop &&
    !outcome.failure.some((statement) => alwaysExits(statement, model.noReturn))
  )
    for (const e of errnoConstantsIn(condition, vocabulary)) errnos.add(e);
  return {
    outcome,
    errnos,
    fatal: isFatal(outcome.failure, connect.socket.text, model.noReturn),
  };
}

/** Does the failure path give up on the socket: leave, or close it? */
function isFatal(
  failure: readonly SyntaxNode[],
  socket: string,
  noReturn: ReadonlySet<string>,
): boolean {
  if (failure.some((statement) => alwaysExits(statement, noReturn))) return true;
  let closes = false;
  for (const statement of failure) {
    walk(statement, (node) => {
      if (closes) return false;
      if (node.type !== 'call_expression') return;
      const name = node.childForFieldName('function')?.text;
      const arg = node.childForFieldName('arguments')?.namedChild(0)?.text;
      if ((name === 'close' || name === 'closesocket') && arg === socket) closes = true;
    });
  }
  return closes;
}

/** Names of calls that classify an errno by what they are called. */
export function soundsLikeInProgressCheck(node: SyntaxNode): boolean {
  let found = false;
  walk(node, (inner) => {
    if (found) return false;
    if (inner.type !== 'call_expression') return;
    const name = inner.childForFieldName('function')?.text ?? '';
    if (/in_?progress|would_?block|again|retry|transient|temporar|non_?fatal|nonblock/i.test(name))
      found = true;
  });
  return found;
}

function innermostLoop(node: SyntaxNode): SyntaxNode | undefined {
  for (const ancestor of ancestors(node)) if (LOOP_TYPES.has(ancestor.type)) return ancestor;
  return undefined;
}

import { alwaysExits, calleeName, encloses, mayFollow, walk } from '../model/c/ast.js';
import { isErrnoRead } from '../model/c/errno-vocabulary.js';
import { leavesBetween } from '../model/c/leaves.js';
import type { CFileModel, ConnectCall, FunctionModel } from '../model/c/types.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { createRule, type Fix, NO_OPTIONS } from './rule.js';
import { outcomeFacts } from './shared/outcome-facts.js';
import { savedCopyBefore } from './errno-clobbered-utils/saved-copy.js';

/**
 * connect(2), RETURN VALUES: "otherwise the value -1 is returned and the global
 * variable errno is set to indicate the error." errno holds that error only until
 * the next call that fails or merely touches it: close(), printf(), malloc() and
 * the like may change it, so it must be read (or saved) first.
 */
export default createRule({
  meta: {
    id: 'errno-clobbered',
    manpage: ['RETURN VALUES'],
    description: "errno must be read (or saved) before another call can change connect()'s error.",
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      clobbered:
        "errno is read here after '{{call}}()', which may have changed it: it may no longer be connect()'s error. Save errno right after connect fails.",
      savedCopyIgnored:
        "errno is read here after '{{call}}()', which may have changed it; connect()'s error was saved in '{{saved}}' before: read that instead.",
    },
    ...NO_OPTIONS,
  },
  checks: {
    c({ model, report }) {
      const reported = new Set<number>();
      for (const connect of model.connectCalls) {
        for (const { read, clobber, statement } of clobberedReads(connect, model)) {
          if (reported.has(read.startIndex)) continue;
          reported.add(read.startIndex);
          const saved = savedCopyBefore(
            read,
            clobber,
            connect.call.endIndex,
            connect.fn.body,
            model.errno,
          );
          const fix = saved ? undefined : saveErrnoFix(read, statement, connect, model.text);
          report({
            messageId: saved ? 'savedCopyIgnored' : 'clobbered',
            data: {
              call: clobber.childForFieldName('function')?.text ?? 'a call',
              saved: saved ?? '',
            },
            start: read,
            related: [
              { node: clobber, message: 'may change errno' },
              { node: connect.call, message: 'the connect whose error this should be' },
            ],
            ...(fix ? { fixes: [fix] } : {}),
          });
        }
      }
    },
  },
});

/** Calls that read errno themselves: perror("x"), warn("x"), syslog(..., "%m"). */
const READS_ERRNO_ITSELF = new Set(['perror', 'warn', 'vwarn', 'err', 'verr']);

interface ClobberedRead {
  read: SyntaxNode;
  clobber: SyntaxNode;
  /** The statement of the clobbering call, where errno could be saved first. */
  statement: SyntaxNode | undefined;
}

function clobberedReads(connect: ConnectCall, model: CFileModel): ClobberedRead[] {
  const outcome = outcomeFacts(connect, model);
  if (!outcome) return [];
  const region = [...outcome.outcome.failure];
  region.push(...labelCode(region, connect.fn, connect.call.endIndex));

  type Event = {
    at: number;
    kind: 'clobber' | 'restore' | 'read';
    node: SyntaxNode;
    scope?: SyntaxNode;
  };
  const events: Event[] = [];
  for (const part of region) {
    walk(part, (node) => {
      if (node.type === 'call_expression') {
        // By name, also C++'s `::close(fd)` and `std::fprintf(…)`.
        const name = calleeName(node) ?? '';
        const readsItself =
          READS_ERRNO_ITSELF.has(name) || (/syslog|printf/.test(name) && /%m/.test(node.text));
        // A reader's call (`stringerror()`, `sock_errno()`, `LOG_SYSERR(m)`) reads errno too.
        if (readsItself || isErrnoRead(node, model.errno))
          events.push({ at: node.startIndex, kind: 'read', node });
        if (model.project.clobbers(name) && !isErrnoRead(node, model.errno)) {
          events.push({
            at: node.endIndex,
            kind: 'clobber',
            node,
            scope: exitingScope(node, part, model.noReturn),
          });
        }
      } else if (isErrnoRead(node, model.errno) && !isAssigned(node)) {
        events.push({ at: node.startIndex, kind: 'read', node });
      } else if (
        node.type === 'assignment_expression' &&
        isErrnoRead(node.childForFieldName('left') ?? node, model.errno)
      ) {
        events.push({ at: node.endIndex, kind: 'restore', node });
      }
    });
  }
  events.sort((a, b) => a.at - b.at);
  const found: ClobberedRead[] = [];
  const labelParts = region.filter((part) => !outcome.outcome.failure.includes(part));
  events.forEach((event, index) => {
    if (event.kind !== 'read') return;
    // The last clobber before this read that can reach it: not undone by a
    // restore of errno, and not shut in a branch that left before the read.
    for (let k = index - 1; k >= 0; k--) {
      const earlier = events[k] as Event;
      if (earlier.kind === 'restore') return;
      if (earlier.kind !== 'clobber' || earlier.node.endIndex > event.node.startIndex) continue;
      // Code under a label ends where it leaves: `sendcred: { ... close(fd); } return 0;`
      // placed before the failure test cannot reach the reads after it.
      const reaches =
        !leavesBetween(earlier.node, event.node, model.noReturn) &&
        (!earlier.scope ||
          encloses(earlier.scope, event.node) ||
          labelParts.some((part) => encloses(part, event.node))) &&
        mayFollow(earlier.node, event.node);
      if (!reaches) continue;
      // Name the nearest clobber; save errno before the first one that reaches the read.
      let first = earlier;
      for (let m = k - 1; m >= 0; m--) {
        const candidate = events[m] as Event;
        if (candidate.kind === 'restore') break;
        if (candidate.kind === 'clobber' && mayFollow(candidate.node, event.node))
          first = candidate;
      }
      found.push({ read: event.node, clobber: earlier.node, statement: statementOf(first.node) });
      return;
    }
  });
  return found;
}

/** The innermost block around `node` (inside `part`) that always leaves: the clobber stays in it. */
function exitingScope(
  node: SyntaxNode,
  part: SyntaxNode,
  noReturn: ReadonlySet<string>,
): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'compound_statement' && alwaysExits(current, noReturn)) {
      return current.startIndex === part.startIndex ? undefined : current;
    }
    if (current.startIndex === part.startIndex && current.endIndex === part.endIndex)
      return undefined;
  }
  return undefined;
}

function isAssigned(identifier: SyntaxNode): boolean {
  const parent = identifier.parent;
  return (
    parent?.type === 'assignment_expression' &&
    parent.childForFieldName('left')?.startIndex === identifier.startIndex
  );
}

/** The code under the labels the failure path jumps forward to: `fail: close(fd); return -errno;`. */
function labelCode(region: SyntaxNode[], fn: FunctionModel, after: number): SyntaxNode[] {
  const labels = new Set<string>();
  for (const part of region) {
    walk(part, (node) => {
      if (node.type === 'goto_statement') labels.add(node.childForFieldName('label')?.text ?? '');
    });
  }
  const code: SyntaxNode[] = [];
  for (const label of labels) {
    const labeled = fn.facts.labels.get(label);
    if (!labeled || labeled.startIndex < after) continue;
    for (
      let statement: SyntaxNode | null = labeled;
      statement;
      statement = statement.nextNamedSibling
    ) {
      code.push(statement);
    }
  }
  return code.sort((a, b) => a.startIndex - b.startIndex);
}

function statementOf(node: SyntaxNode): SyntaxNode | undefined {
  let current: SyntaxNode | null = node;
  while (current?.parent && current.parent.type !== 'compound_statement') current = current.parent;
  return current?.parent ? current : undefined;
}

/** `int saved_errno = errno;` before the clobbering statement, and the read replaced by it. */
function saveErrnoFix(
  read: SyntaxNode,
  statement: SyntaxNode | undefined,
  connect: ConnectCall,
  text: string,
): Fix | undefined {
  if (!statement || read.type !== 'identifier' || read.text !== 'errno') return undefined;
  if (statement.type === 'labeled_statement') return undefined;
  // The saved copy is declared in the clobbering statement's block: a read outside
  // that block (after it closes, at a label further out) could not see it.
  const block = statement.parent;
  if (!block || read.startIndex < statement.startIndex || read.endIndex > block.endIndex) {
    return undefined;
  }
  const name = connect.fn.locals.has('saved_errno') ? undefined : 'saved_errno';
  if (!name) return undefined;
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, statement.startIndex))?.[0] ?? '';
  return {
    description: 'Save errno before the call that may change it',
    // The read then sees the value connect left: what the code meant to read.
    safe: true,
    edits: [
      {
        start: statement.startIndex,
        end: statement.startIndex,
        text: `int ${name} = errno;\n${indent}`,
      },
      { start: read.startIndex, end: read.endIndex, text: name },
    ],
  };
}

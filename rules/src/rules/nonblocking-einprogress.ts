import { socketFacts, familyOf } from '../model/c/socket-facts.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { createRule, type Fix } from './rule.js';
import { IN_PROGRESS, intersects } from './shared/errno-families.js';
import { outcomeFacts, soundsLikeInProgressCheck } from './shared/outcome-facts.js';

/**
 * connect(2), ERRORS: "[EINPROGRESS] The socket is non-blocking and the
 * connection cannot be completed immediately. It is possible to select(2) for
 * completion by selecting the socket for writing." On a non-blocking stream
 * socket, -1 with EINPROGRESS is the normal answer, not a failure.
 */
export default createRule<Record<string, never>>({
  meta: {
    id: 'nonblocking-einprogress',
    languages: ['c'],
    description: 'A failed connect on a non-blocking socket must not be fatal before EINPROGRESS is ruled out.',
    defaultSeverity: 'error',
    messages: {
      fatalWithoutInProgress:
        "'{{socket}}' is non-blocking, so connect() normally fails with EINPROGRESS while the connection is under way; this code gives up on any failure without testing for it.",
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  check({ model, report }) {
    for (const connect of model.connectCalls) {
      const facts = socketFacts(connect, model);
      if (facts.nonBlocking.length === 0 || facts.kind === 'datagram') continue;
      // A UNIX-domain connect never answers EINPROGRESS: FreeBSD completes it or
      // fails at once, Linux answers EAGAIN when the listener's backlog is full.
      if (familyOf(facts.domain) === 'unix') continue;
      const outcome = outcomeFacts(connect, model.errno);
      if (!outcome || !outcome.fatal || intersects(outcome.errnos, IN_PROGRESS)) continue;
      if (soundsLikeInProgressCheck(outcome.outcome.condition)) continue;
      if (outcome.outcome.failure.some((statement) => soundsLikeInProgressCheck(statement))) continue;
      const related = facts.nonBlocking.map((node) => ({ node, message: 'made non-blocking here' }));
      if (facts.creation) related.push({ node: facts.creation.call, message: 'the socket is created here' });
      const fix = inProgressFix(connect.call, outcome.outcome.condition);
      report({
        messageId: 'fatalWithoutInProgress',
        data: { socket: facts.key },
        start: connect.name,
        end: connect.call,
        related,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
});

/**
 * `if (connect(...) < 0)` → `if (connect(...) < 0 && errno != EINPROGRESS)`:
 * mechanical when the test is the comparison itself.
 */
function inProgressFix(call: SyntaxNode, condition: SyntaxNode): Fix | undefined {
  let test = call;
  while (test.parent && test.parent.type === 'parenthesized_expression') test = test.parent;
  const comparison = test.parent;
  if (!comparison || comparison.type !== 'binary_expression') return undefined;
  if (comparison.parent?.startIndex !== condition.startIndex || condition.type !== 'parenthesized_expression') {
    return undefined;
  }
  return {
    description: 'Treat EINPROGRESS as a connection under way',
    edits: [{ start: comparison.endIndex, end: comparison.endIndex, text: ' && errno != EINPROGRESS' }],
  };
}

import { failsWhenTrue } from '../model/c/connect-outcome.js';
import { isStreamSocket } from '../model/c/socket-kind.js';
import { socketFacts, familyOf } from '../model/c/socket-facts.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { PLATFORM_FACTS } from '../platform/platforms.js';
import { platformAt } from '../model/c/platform-regions.js';
import { createRule, type Fix, NO_OPTIONS } from './rule.js';
import { IN_PROGRESS, intersects } from './shared/errno-families.js';
import { outcomeFacts, soundsLikeInProgressCheck } from './shared/outcome-facts.js';

/**
 * connect(2), ERRORS: "[EINPROGRESS] The socket is non-blocking and the
 * connection cannot be completed immediately. It is possible to select(2) for
 * completion by selecting the socket for writing." On a non-blocking stream
 * socket, -1 with EINPROGRESS is the normal answer, not a failure.
 */
export default createRule({
  meta: {
    id: 'nonblocking-einprogress',
    manpage: ['DESCRIPTION', 'EINPROGRESS'],
    description:
      'A failed connect on a non-blocking socket must not be fatal before EINPROGRESS is ruled out.',
    defaultSeverity: 'error',
    messages: {
      fatalWithoutEagain:
        "'{{socket}}' is a non-blocking UNIX-domain socket: on {{platform}} its connect() fails with {{errno}} when the listener's backlog is full, and this code gives up without testing for it.",
      fatalWithoutInProgress:
        "'{{socket}}' is non-blocking, so connect() normally fails with EINPROGRESS while the connection is under way; this code gives up on any failure without testing for it.",
    },
    ...NO_OPTIONS,
  },
  checks: {
    c({ model, platform, report }) {
      for (const connect of model.connectCalls) {
        const facts = socketFacts(connect, model);
        // A datagram connect completes at once: it never answers EINPROGRESS.
        if (facts.nonBlocking.length === 0 || !isStreamSocket(facts, connect, model)) continue;
        // A UNIX-domain connect never answers EINPROGRESS: FreeBSD and macOS
        // complete it or fail at once; Linux answers EAGAIN when the listener's
        // backlog is full (PLATFORM_FACTS.linux.unixNonBlocking).
        const unix = familyOf(facts.domain) === 'unix';
        const judged = platformAt(model, connect.call.startIndex, platform);
        const unixErrno = PLATFORM_FACTS[judged.platform].unixNonBlocking?.errno;
        if (unix && !unixErrno) continue;
        const outcome = outcomeFacts(connect, model);
        if (!outcome || !outcome.fatal) continue;
        const wanted = unix ? new Set([unixErrno as string, 'EWOULDBLOCK']) : IN_PROGRESS;
        if (intersects(outcome.errnos, wanted)) continue;
        if (soundsLikeInProgressCheck(outcome.outcome.condition)) continue;
        if (outcome.outcome.failure.some((statement) => soundsLikeInProgressCheck(statement)))
          continue;
        const related = facts.nonBlocking.map((node) => ({
          node,
          message: 'made non-blocking here',
        }));
        if (facts.creation)
          related.push({ node: facts.creation.call, message: 'the socket is created here' });
        const fix = inProgressFix(connect.call, outcome.outcome.condition);
        report({
          messageId: unix ? 'fatalWithoutEagain' : 'fatalWithoutInProgress',
          data: {
            socket: facts.key,
            platform: judged.name,
            errno: unixErrno ?? '',
          },
          start: connect.name,
          end: connect.call,
          related,
          ...(fix && !unix ? { fixes: [fix] } : {}),
        });
      }
    },
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
  if (
    comparison.parent?.startIndex !== condition.startIndex ||
    condition.type !== 'parenthesized_expression'
  ) {
    return undefined;
  }
  // Only a test that holds on failure: `if (connect(...) == 0) return fd;` is not one.
  if (!failsWhenTrue(call, condition)) return undefined;
  return {
    description: 'Treat EINPROGRESS as a connection under way',
    edits: [
      { start: comparison.endIndex, end: comparison.endIndex, text: ' && errno != EINPROGRESS' },
    ],
  };
}

import { brokenAround } from '../model/c/parse-errors.js';
import type { ResultUse } from '../model/c/result-use.js';
import { createRule } from './rule.js';

/** How connect's own result is misused: a message id. */
type Problem = 'discarded' | 'voidCast' | 'storedUnread';

/** The message for a wrapper's call, by the message for the same use of connect's call. */
const WRAPPER_MESSAGES = {
  discarded: 'wrapperDiscarded',
  voidCast: 'wrapperVoidCast',
  storedUnread: 'wrapperStoredUnread',
} as const satisfies Record<Problem, string>;

interface Options {
  reportVoidCast: boolean;
}

/**
 * connect(2), RETURN VALUES: "The connect() function returns the value 0 if
 * successful; otherwise the value -1 is returned and the global variable errno is
 * set to indicate the error." A program that drops the value goes on as if the
 * socket were connected.
 */
export default createRule({
  meta: {
    id: 'unchecked-return',
    manpage: ['RETURN VALUES', 'ECONNREFUSED', 'ETIMEDOUT'],
    description: 'The result of connect() (or of a wrapper that returns it) must be checked.',
    defaultSeverity: 'error',
    messages: {
      discarded:
        "The result of connect() is discarded: on failure it returns -1 and sets errno, and the code goes on as if '{{socket}}' were connected.",
      voidCast:
        "The result of connect() is cast to void: a failed connect on '{{socket}}' goes unnoticed.",
      storedUnread:
        "The result of connect() is stored in '{{variable}}' but never tested: a failed connect on '{{socket}}' goes unnoticed.",
      wrapperDiscarded:
        "'{{wrapper}}()' returns the result of connect(), and it is discarded here: a failed connect goes unnoticed.",
      wrapperVoidCast:
        "'{{wrapper}}()' returns the result of connect(), and it is cast to void here: a failed connect goes unnoticed.",
      wrapperStoredUnread:
        "'{{wrapper}}()' returns the result of connect(); it is stored in '{{variable}}' but never tested.",
    },
    schema: {
      type: 'object',
      properties: {
        reportVoidCast: {
          type: 'boolean',
          description:
            'Also report `(void)connect(...)`, which is otherwise taken as a deliberate discard.',
          default: false,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { reportVoidCast: false } as Options,
  },
  checks: {
    c({ model, options, report }) {
      const problem = (use: ResultUse, storedIsRead: boolean | undefined): Problem | undefined => {
        if (use.kind === 'discarded') return 'discarded';
        if (use.kind === 'void-cast' && options.reportVoidCast) return 'voidCast';
        if (use.kind === 'stored' && storedIsRead === false) return 'storedUnread';
        return undefined;
      };
      for (const connect of model.connectCalls) {
        const messageId = problem(connect.use, connect.storedIsRead);
        // How a result is used is read from its statement: a misparsed one says nothing.
        if (!messageId || brokenAround(connect.call)) continue;
        report({
          messageId,
          data: { socket: connect.socket.text, variable: connect.use.variable ?? '' },
          start: connect.name,
          end: connect.call,
        });
      }
      for (const wrapperCall of model.wrapperCalls) {
        const messageId = problem(wrapperCall.use, wrapperCall.storedIsRead);
        const inner = wrapperCall.wrapper.returnsConnectResult;
        if (!messageId || !inner) continue;
        const name = wrapperCall.wrapper.name;
        report({
          messageId: WRAPPER_MESSAGES[messageId],
          data: { wrapper: name, variable: wrapperCall.use.variable ?? '' },
          start: wrapperCall.name,
          end: wrapperCall.call,
          related: [
            'path' in inner
              ? {
                  node: wrapperCall.name,
                  message: `${name}() in ${inner.path} returns connect()'s result`,
                }
              : { node: inner, message: `${name}() returns this result` },
          ],
        });
      }
    },
  },
});

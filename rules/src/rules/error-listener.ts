import { createRule, NO_OPTIONS } from './rule.js';
import { missingErrorListeners } from './error-listener-utils/node.js';

/**
 * Node's net and tls sockets report a failed connect (ECONNREFUSED, ETIMEDOUT,
 * ENOTFOUND...) by emitting 'error'; an EventEmitter with no 'error' listener
 * throws it, and the process dies. connect(2)'s errors — "[ECONNREFUSED] The
 * attempt to connect was forcefully rejected." — reach Node code only this way.
 */
export default createRule({
  meta: {
    id: 'error-listener',
    manpage: ['ECONNREFUSED', 'ETIMEDOUT', 'ENETUNREACH'],
    description:
      "A Node socket that connects must have an 'error' listener, or one failed connect kills the process.",
    defaultSeverity: 'error',
    messages: {
      noErrorListener:
        "'{{socket}}' connects with no 'error' listener: the first ECONNREFUSED (or any connect error) is thrown and kills the process. A connect callback only hears 'connect'.",
    },
    ...NO_OPTIONS,
  },
  checks: {
    node({ model, report }) {
      for (const finding of missingErrorListeners(model)) report(finding);
    },
  },
});

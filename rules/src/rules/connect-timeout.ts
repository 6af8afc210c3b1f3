import { createRule, NO_OPTIONS } from './rule.js';
import { nodeTimeoutFindings } from './connect-timeout-utils/node.js';

/**
 * connect(2): "[ETIMEDOUT] Connection establishment timed out without
 * establishing a connection." — after the kernel's own timeout, which is minutes
 * long. A Node socket without a timeout waits that long; a 'timeout' handler that
 * neither ends nor destroys the socket waits for ever (Node only emits it).
 */
export default createRule({
  meta: {
    id: 'connect-timeout',
    manpage: ['ETIMEDOUT'],
    description:
      "A Node socket should set a timeout, and its 'timeout' handler must end or destroy it.",
    defaultSeverity: 'off',
    messages: {
      noTimeout:
        "'{{socket}}' connects with no timeout (no `timeout` option, no setTimeout(), no `signal`, no timer that destroys it): an unanswered connect waits for the kernel's timeout, minutes long.",
      timeoutIgnored:
        "This 'timeout' handler neither ends nor destroys '{{socket}}': Node only emits 'timeout', and the socket stays open.",
      timeoutOnlyWhenGiven:
        "'{{socket}}' gets a timeout only when `{{option}}` is given, and the file gives it no default: by default an unanswered connect waits for the kernel's timeout, minutes long.",
    },
    ...NO_OPTIONS,
  },
  checks: {
    node({ model, report }) {
      for (const finding of nodeTimeoutFindings(model)) report(finding);
    },
  },
});

import { lastFamilyAssignment } from '../model/c/family-assignments.js';
import { familyOf, socketFacts } from '../model/c/socket-facts.js';
import type { ConnectCall } from '../model/c/types.js';
import { errnoText } from '../knowledge/knowledge-base.js';
import { createRule, NO_OPTIONS } from './rule.js';
import { addressTarget, SOCKADDR_FAMILIES } from './shared/address.js';

/**
 * connect(2), ERRORS: "[EAFNOSUPPORT] Addresses in the specified address family
 * cannot be used with this socket." The socket's domain is fixed by socket(2);
 * an address of another family never connects.
 */
export default createRule({
  meta: {
    id: 'family-mismatch',
    manpage: ['EAFNOSUPPORT'],
    description: "The address given to connect() must be of the socket's own family.",
    defaultSeverity: 'error',
    messages: {
      mismatch:
        '\'{{socket}}\' was created for {{socketFamily}} but the address is {{addressFamily}} ({{evidence}}): connect() fails with EAFNOSUPPORT, "{{manpage}}"',
    },
    ...NO_OPTIONS,
  },
  checks: {
    c({ model, report }) {
      for (const connect of model.connectCalls) {
        const facts = socketFacts(connect, model);
        const socketFamily = familyOf(facts.domain);
        if (!socketFamily || !facts.creation) continue;
        const address = addressFamily(connect);
        if (!address || address.family === socketFamily) continue;
        // An IPv6 datagram socket takes an IPv4 address (Linux connects it over
        // IPv4 unless IPV6_V6ONLY is set): not a sure failure.
        if (socketFamily === 'inet6' && address.family === 'inet' && facts.kind !== 'stream')
          continue;
        report({
          messageId: 'mismatch',
          data: {
            socket: facts.key,
            socketFamily: NAMES[socketFamily],
            addressFamily: NAMES[address.family],
            evidence: address.evidence,
            manpage: errnoText('EAFNOSUPPORT'),
          },
          start: connect.name,
          end: connect.call,
          related: [
            {
              node: facts.creation.call,
              message: `created as a ${NAMES[socketFamily]} socket here`,
            },
          ],
        });
      }
    },
  },
});

const NAMES = { unix: 'AF_UNIX', inet: 'AF_INET', inet6: 'AF_INET6' } as const;

/**
 * The address's family: set by `x.sin_family = AF_...` (and the like) in the
 * function, or implied by its struct type. AF_UNSPEC, used to dissolve a
 * datagram association, is no family and is never a mismatch.
 */
function addressFamily(
  connect: ConnectCall,
): { family: 'unix' | 'inet' | 'inet6'; evidence: string } | undefined {
  const target = addressTarget(connect);
  if (!target) return undefined;
  const member = target.viaPointer ? `${target.name}->` : `${target.name}.`;
  const last = lastFamilyAssignment(connect.fn, member, connect.call.startIndex);
  const assigned = last?.right;
  const assignedTo = last?.left ?? '';
  if (assigned !== undefined) {
    const family = familyOf(assigned);
    return family ? { family, evidence: `${assignedTo} = ${assigned}` } : undefined;
  }
  const family = target.kind ? SOCKADDR_FAMILIES[target.kind] : undefined;
  return family ? { family, evidence: `a struct ${target.kind}` } : undefined;
}

import { unwrapParens, unwrapValue } from '../model/c/ast.js';
import { isNamed, thisMember } from '../model/c/cpp-syntax.js';
import { declarationOf, sockaddrKind } from '../model/c/declarations.js';
import type { ConnectCall } from '../model/c/types.js';
import type { SyntaxNode } from '../parse/syntax.js';
import { platformAt, type PlatformAt } from '../model/c/platform-regions.js';
import { createRule, type Fix, type Report, NO_OPTIONS } from './rule.js';
import { addressTarget, sockaddrSize } from './shared/address.js';

/**
 * connect(2): "namelen indicates the amount of space pointed to by name, in
 * bytes"; ERRORS: "[EINVAL] The namelen argument is not a valid length for the
 * address family." BSD kernels take namelen as sa_len and insist that it equal
 * the family's struct size; every kernel rejects one that is too short.
 */
export default createRule({
  meta: {
    id: 'addrlen-mismatch',
    manpage: ['DESCRIPTION', 'EINVAL'],
    description:
      'The length given to connect() must be the size of the address passed, not of a pointer or another struct.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      pointerSize:
        "'sizeof({{name}})' is the size of a pointer, not of the address it points to: connect() fails with EINVAL. Use 'sizeof(*{{name}})'.",
      addressSize:
        "'sizeof(&{{name}})' is the size of a pointer, not of the address '&{{name}}' points to: connect() fails with EINVAL. Use 'sizeof({{name}})'.",
      tooShort:
        'The length is sizeof(struct {{given}}) ({{givenSize}} bytes) but the address is a struct {{actual}} ({{actualSize}} bytes): too short, connect() fails with EINVAL or reads a truncated address.',
      storageOnBsd:
        "The length is the size of a struct sockaddr_storage ({{givenSize}} bytes): {{platform}} takes namelen as sa_len and rejects it with EINVAL for every family. Pass the size of the family's own struct (or the ai_addrlen getaddrinfo gave).",
      bsdExact:
        "The length is sizeof(struct {{given}}) for a struct {{actual}}: {{platform}} takes namelen as sa_len and rejects any length but the family's own with EINVAL.",
    },
    ...NO_OPTIONS,
  },
  checks: {
    c({ model, platform, report }) {
      for (const connect of model.connectCalls) {
        const finding = judge(connect, platformAt(model, connect.call.startIndex, platform));
        if (finding) report(finding);
      }
    },
  },
});

function judge(
  connect: ConnectCall,
  judged: PlatformAt,
): Report<'pointerSize' | 'addressSize' | 'tooShort' | 'storageOnBsd' | 'bsdExact'> | undefined {
  const platform = judged.platform;
  const length = unwrapValue(connect.length);
  if (length.type !== 'sizeof_expression') return undefined;
  const operand = sizeofOperand(length);
  if (!operand) return undefined;
  const target = addressTarget(connect);
  const at = {
    start: connect.name,
    end: connect.call,
    related: [
      { node: connect.length, message: 'the length passed' },
      { node: connect.address, message: 'the address passed' },
    ],
  };

  // sizeof(p) of a pointer variable.
  if (operand.type === 'identifier') {
    const declared = declarationOf(operand.text, connect.fn, connect.call.startIndex);
    if (
      declared?.pointer &&
      !declared.array &&
      target?.viaPointer &&
      target.name === operand.text
    ) {
      const fix: Fix = {
        description: `Use sizeof(*${operand.text})`,
        // The size of what the pointer points to is the only length that can be meant.
        safe: true,
        edits: [
          { start: length.startIndex, end: length.endIndex, text: `sizeof(*${operand.text})` },
        ],
      };
      return { messageId: 'pointerSize', data: { name: operand.text }, ...at, fixes: [fix] };
    }
  }
  // sizeof(&x), sizeof(&this->addr_) for the address `&x`: a pointer's size, shorter than any sockaddr.
  const measured = addressOperand(operand);
  if (measured && target && !target.viaPointer && target.name === thisMember(measured).text) {
    const fix: Fix = {
      description: `Use sizeof(${measured.text})`,
      safe: true,
      edits: [{ start: length.startIndex, end: length.endIndex, text: `sizeof(${measured.text})` }],
    };
    return { messageId: 'addressSize', data: { name: measured.text }, ...at, fixes: [fix] };
  }
  if (!target?.kind) return undefined;
  const given = givenKind(operand, connect);
  if (!given) return undefined;
  const givenSize = sockaddrSize(given, platform);
  const actualSize = sockaddrSize(target.kind, platform);
  if (givenSize === undefined || actualSize === undefined) return undefined;
  if (given === 'sockaddr_storage' && platform !== 'linux') {
    return {
      messageId: 'storageOnBsd',
      data: { givenSize, platform: judged.name },
      ...at,
    };
  }
  if (given === target.kind) return undefined;
  // A sockaddr_storage (or a plain sockaddr) holds any family: the length of the
  // family's own struct is right for it (haproxy's tcploop does this).
  if (target.kind === 'sockaddr_storage' || target.kind === 'sockaddr') return undefined;
  // sizeof(struct sockaddr) for a sockaddr_in: the same 16 bytes, the classic idiom.
  if (givenSize === actualSize) return undefined;
  const data = {
    given,
    actual: target.kind,
    givenSize,
    actualSize,
    platform: judged.name,
  };
  if (givenSize < actualSize) return { messageId: 'tooShort', data, ...at };
  // Longer than the struct: Linux accepts it, the BSDs do not.
  if (platform === 'linux' || target.kind === 'sockaddr') return undefined;
  return { messageId: 'bsdExact', data, ...at };
}

/** `&x` → `x` (unwrapped), for a sizeof operand that takes an address. */
function addressOperand(operand: SyntaxNode): SyntaxNode | undefined {
  if (operand.type !== 'pointer_expression' || operand.childForFieldName('operator')?.text !== '&')
    return undefined;
  const argument = operand.childForFieldName('argument');
  return argument ? unwrapValue(argument) : undefined;
}

/** `sizeof(x)`, `sizeof x`, `sizeof(struct T)` → the operand (a type_descriptor for types). */
function sizeofOperand(node: SyntaxNode): SyntaxNode | undefined {
  const value = node.childForFieldName('value') ?? node.childForFieldName('type');
  return value ? unwrapParens(value) : undefined;
}

/** The struct a sizeof operand measures: a type, or a variable of a known type. */
function givenKind(given: SyntaxNode, connect: ConnectCall): string | undefined {
  if (given.type === 'type_descriptor') return sockaddrKind(given.text.replace(/\s+/g, ' '));
  // C++: `sizeof(this->addr_)` measures the member `addr_`.
  const operand = thisMember(given);
  if (isNamed(operand)) {
    const declared = declarationOf(operand.text, connect.fn, connect.call.startIndex);
    // C++'s `sizeof(sockaddr)`: a type the grammar cannot tell from a variable.
    if (!declared) return sockaddrKind(operand.text);
    return !declared.pointer && !declared.array ? sockaddrKind(declared.type) : undefined;
  }
  if (
    operand.type === 'pointer_expression' &&
    operand.childForFieldName('operator')?.text === '*'
  ) {
    const inner = operand.childForFieldName('argument');
    if (inner?.type !== 'identifier') return undefined;
    const declared = declarationOf(inner.text, connect.fn, connect.call.startIndex);
    return declared?.pointer ? sockaddrKind(declared.type) : undefined;
  }
  return undefined;
}

import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';

/** Node's socket classes, as TypeScript names them. */
const SOCKET_TYPES = /^(Socket|TLSSocket|net\.Socket|tls\.TLSSocket|dgram\.Socket)$/;

/**
 * With type information (typescript-eslint's parserServices with a program), a
 * finding on a Node socket is kept only when TypeScript agrees that the value is
 * a net.Socket, tls.TLSSocket or dgram.Socket. Without it (or when TypeScript
 * cannot tell: `any`), the engine's own resolution stands.
 */
export function typeChecker(context: Readonly<RuleContext<string, readonly unknown[]>>) {
  const services = context.sourceCode.parserServices as
    | {
        program?: { getTypeChecker(): unknown } | null;
        esTreeNodeToTSNodeMap?: { get(node: unknown): unknown };
      }
    | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  const checker = services.program.getTypeChecker() as {
    getTypeAtLocation(node: unknown): unknown;
    typeToString(type: unknown): string;
  };
  const map = services.esTreeNodeToTSNodeMap;
  return {
    /** Is the socket the finding at `offset` is about (the call there, or its receiver) a Node socket? */
    isSocketAt(offset: number): boolean {
      let node = context.sourceCode.getNodeByRangeIndex(offset) as TSESTree.Node | null;
      while (node && node.type !== 'CallExpression' && node.type !== 'NewExpression')
        node = node.parent ?? null;
      if (!node) return true;
      const typeName = (target: TSESTree.Node) =>
        checker.typeToString(checker.getTypeAtLocation(map.get(target)));
      const unknown = (name: string) => name === 'any' || name === 'unknown';
      // What the call makes or returns (`net.connect()`, `s.on()` returns the socket)...
      const made = typeName(node);
      if (SOCKET_TYPES.test(made)) return true;
      // ...or what it is called on (`s.connect()`).
      const callee = node.type === 'CallExpression' ? node.callee : null;
      if (callee?.type === 'MemberExpression') {
        const receiver = typeName(callee.object);
        if (SOCKET_TYPES.test(receiver)) return true;
        return unknown(receiver) && unknown(made);
      }
      return unknown(made);
    },
  };
}

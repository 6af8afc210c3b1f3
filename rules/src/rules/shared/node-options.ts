import type { NodeFileModel, NodeSocket } from '../../model/node/types.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import { escapeRegExp } from '../../text/regexp.js';
import { connectUses, objectKey } from './node-socket.js';

/**
 * The value of an option of a socket's creation or `.connect()`, where real code writes
 * it: in an object literal among the arguments (`tls.connect(port, host, { timeout })`
 * takes it third), in `Object.assign({}, defaults, { timeout })`, or in a variable
 * holding one (`const options = { host, port, timeout: 5000 }; net.connect(options)`,
 * the nearest declaration before the call in its function, or `options.timeout = ...`
 * there).
 */
export function optionValue(
  args: readonly SyntaxNode[],
  key: string,
  model: NodeFileModel,
  call: SyntaxNode,
): SyntaxNode | undefined {
  for (const arg of args) {
    const found = fromExpression(arg, key, model, call);
    if (found) return found;
  }
  return undefined;
}

/** The option in the creation's arguments (only creations that connect read options). */
export function creationOption(
  socket: NodeSocket,
  key: string,
  model: NodeFileModel,
): SyntaxNode | undefined {
  return socket.connecting ? optionValue(socket.args, key, model, socket.creation) : undefined;
}

/** The option in the creation's or any `.connect()`'s arguments. */
export function anyConnectOption(
  socket: NodeSocket,
  key: string,
  model: NodeFileModel,
): SyntaxNode | undefined {
  return (
    creationOption(socket, key, model) ??
    connectUses(socket)
      .map((use) => optionValue(use.args, key, model, use.call))
      .find((value) => value !== undefined)
  );
}

function fromExpression(
  arg: SyntaxNode,
  key: string,
  model: NodeFileModel,
  call: SyntaxNode,
): SyntaxNode | undefined {
  if (arg.type === 'object') return objectKey(arg, key);
  if (arg.type === 'call_expression' && /^Object\.assign$/.test(calleeText(arg))) {
    const list = arg.childForFieldName('arguments')?.namedChildren ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const part = list[i];
      const found = part?.type === 'object' ? objectKey(part, key) : undefined;
      if (found) return found;
    }
    return undefined;
  }
  if (arg.type !== 'identifier') return undefined;
  const name = escapeRegExp(arg.text);
  // `options.timeout = 5000` in the function of the call: the value assigned.
  const scope = model.ancestry.scopeOf(call);
  // (Patterns that start with the name's letters: a scan for a literal is fast.)
  const inScope = model.text.slice(scope.startIndex, scope.endIndex);
  const assignment = new RegExp(String.raw`${name}\s*\.\s*${key}\s*=(?!=)\s*`, 'g');
  for (let match = assignment.exec(inScope); match; match = assignment.exec(inScope))
    if (!/[\w$.]/.test(inScope[match.index - 1] ?? ''))
      return nodeAt(model, scope.startIndex + match.index + match[0].length);
  // `const options = { ... }`: the object, declared before the call in its function or in
  // a function around it (another function's `options` is another variable).
  // Searched up to the call only (a declaration after it is not the one).
  const declaration = new RegExp(String.raw`${name}\s*=\s*(?=\{)`, 'g');
  const before = model.text.slice(0, call.endIndex);
  for (let around: SyntaxNode | undefined = call; around;) {
    const body = model.ancestry.scopeOf(around);
    let object: SyntaxNode | undefined;
    declaration.lastIndex = body.startIndex;
    for (let match = declaration.exec(before); match; match = declaration.exec(before)) {
      if (match.index > call.startIndex) break;
      const before = model.text.slice(Math.max(0, match.index - 16), match.index);
      if (!/\b(?:const|let|var)\s+$/.test(before)) continue;
      const value = nodeAt(model, match.index + match[0].length);
      // Declared in this body, not in a function inside it.
      if (value && model.ancestry.scopeOf(value).startIndex === body.startIndex) object = value;
    }
    if (object) return object.type === 'object' ? objectKey(object, key) : undefined;
    around = model.ancestry.functionOf(around);
  }
  return undefined;
}

/** The outermost expression starting at `offset` (past `{`'s token to its object). */
function nodeAt(model: NodeFileModel, offset: number): SyntaxNode | undefined {
  let node: SyntaxNode | null = model.root.descendantForIndex(offset);
  while (node) {
    const parent = model.ancestry.parentOf(node);
    if (!parent || parent.startIndex !== offset || /statement|declarator/.test(parent.type)) break;
    node = parent;
  }
  return node ?? undefined;
}

function calleeText(call: SyntaxNode): string {
  const callee = call.childForFieldName('function');
  // A long callee (a function expression called at once) is no `Object.assign`: not read.
  if (!callee || callee.endIndex - callee.startIndex > 256) return '';
  return callee.text.replace(/\s+/g, '');
}

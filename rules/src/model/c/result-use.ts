import type { SyntaxNode } from '../../parse/syntax.js';
import { isVoidCast, outermostLoop, sameNode, walk } from './ast.js';
import { castAround, isCppVoidCast } from './cpp-syntax.js';

/**
 * What the code does with the value of a call (connect's result, or a wrapper's).
 *
 * - `discarded`: an expression statement, or the left of a comma;
 * - `void-cast`: `(void)call(...)`, a deliberate discard;
 * - `stored`: assigned to a local variable (see `variable` / `readLater`);
 * - `tested`: compared, negated, used as a condition or an operand;
 * - `returned`: the function returns it;
 * - `escaped`: passed to another call, stored in a field, a global or an array.
 */
export type ResultUseKind =
  'discarded' | 'void-cast' | 'stored' | 'tested' | 'returned' | 'escaped';

export interface ResultUse {
  kind: ResultUseKind;
  /** For `stored`: the variable. */
  variable?: string;
  /** For `stored`: the node of the assignment or declarator that stores it. */
  store?: SyntaxNode;
}

/** Classifies the use of `call`'s value. `locals` are the function's local names. */
export function classifyResultUse(call: SyntaxNode, locals: ReadonlySet<string>): ResultUse {
  let node = call;
  for (;;) {
    const parent = node.parent;
    if (!parent) return { kind: 'discarded' };
    switch (parent.type) {
      case 'parenthesized_expression':
        node = parent;
        continue;
      case 'expression_statement':
        return { kind: 'discarded' };
      case 'cast_expression':
        if (isVoidCast(parent)) return voidCastUse(parent);
        node = parent;
        continue;
      case 'comma_expression':
        // Only the last operand of a comma gives the value.
        if (sameNode(parent.childForFieldName('left'), node)) return { kind: 'discarded' };
        node = parent;
        continue;
      case 'conditional_expression':
        if (sameNode(parent.childForFieldName('condition'), node)) return { kind: 'tested' };
        node = parent;
        continue;
      case 'return_statement':
        return { kind: 'returned' };
      case 'init_declarator': {
        const name = parent.childForFieldName('declarator');
        if (name?.type === 'identifier')
          return { kind: 'stored', variable: name.text, store: parent };
        return { kind: 'escaped' };
      }
      case 'assignment_expression': {
        const left = parent.childForFieldName('left');
        const operator = parent.childForFieldName('operator')?.text ?? '=';
        // `if ((rc = connect(...)) < 0)`: the assignment's own value is used.
        const used = parent.parent && parent.parent.type !== 'expression_statement';
        if (used) return { kind: 'tested' };
        if (left?.type === 'identifier' && operator === '=' && locals.has(left.text)) {
          return { kind: 'stored', variable: left.text, store: parent };
        }
        return { kind: 'escaped' };
      }
      case 'argument_list':
      case 'initializer_list': {
        // C++'s casts are calls: `static_cast<void>(connect(…))` is `(void)`.
        const cast = castAround(parent);
        if (cast) {
          if (isCppVoidCast(cast)) return voidCastUse(cast);
          node = cast;
          continue;
        }
        // C++'s `unique_fd fd(::socket(…))` and `int rc{…}` store it as `=` would.
        if (parent.parent?.type === 'init_declarator' && parent.namedChildCount === 1) {
          node = parent;
          continue;
        }
        return { kind: 'escaped' };
      }
      case 'initializer_pair':
        return { kind: 'escaped' };
      default:
        return { kind: 'tested' };
    }
  }
}

function voidCastUse(cast: SyntaxNode): ResultUse {
  let node = cast;
  while (node.parent?.type === 'parenthesized_expression') node = node.parent;
  return node.parent?.type === 'expression_statement' ? { kind: 'void-cast' } : { kind: 'tested' };
}

/**
 * Is the value stored by `store` into `variable` ever read? A read is any use of
 * the name after the store, other than being overwritten by a plain `=`; inside a
 * loop a use anywhere in the loop counts, since it may run after the store on the
 * next iteration. A plain overwrite in the same block before any read kills it.
 */
export function storedValueIsRead(store: SyntaxNode, variable: string, body: SyntaxNode): boolean {
  const loop = outermostLoop(store);
  const statement = enclosingStatement(store);
  let killedAt = Infinity;
  // A later sibling statement `variable = ...;` in the same block overwrites the value.
  for (
    let sibling = statement?.nextNamedSibling ?? null;
    sibling;
    sibling = sibling.nextNamedSibling
  ) {
    const touch = readsOrWrites(sibling, variable);
    if (touch === 'overwrite') killedAt = sibling.startIndex;
    if (touch !== 'none') break;
  }
  let read = false;
  walk(body, (node) => {
    if (read) return false;
    if (node.type !== 'identifier' || node.text !== variable) return;
    if (node.startIndex >= store.startIndex && node.endIndex <= store.endIndex) return;
    if (isOverwriteTarget(node)) return;
    const after = node.startIndex > store.endIndex && node.startIndex < killedAt;
    const inLoop = !!loop && node.startIndex >= loop.startIndex && node.endIndex <= loop.endIndex;
    if (after || (inLoop && killedAt === Infinity)) read = true;
  });
  return read;
}

function enclosingStatement(node: SyntaxNode): SyntaxNode | undefined {
  let current: SyntaxNode | null = node;
  while (current && current.parent && current.parent.type !== 'compound_statement') {
    current = current.parent;
  }
  return current ?? undefined;
}

function isOverwriteTarget(identifier: SyntaxNode): boolean {
  const parent = identifier.parent;
  return (
    parent?.type === 'assignment_expression' &&
    sameNode(parent.childForFieldName('left'), identifier) &&
    (parent.childForFieldName('operator')?.text ?? '=') === '='
  );
}

/** How a statement first touches `variable`: a read, a plain overwrite, or neither. */
function readsOrWrites(statement: SyntaxNode, variable: string): 'read' | 'overwrite' | 'none' {
  let result = 'none' as 'read' | 'overwrite' | 'none';
  const isSimpleOverwrite =
    statement.type === 'expression_statement' &&
    statement.namedChild(0)?.type === 'assignment_expression';
  walk(statement, (node) => {
    if (result !== 'none') return false;
    if (node.type !== 'identifier' || node.text !== variable) return;
    result = isSimpleOverwrite && isOverwriteTarget(node) ? 'overwrite' : 'read';
  });
  // `rc = f(rc)` reads before it writes.
  if (result === 'overwrite') {
    const right = statement.namedChild(0)?.childForFieldName('right');
    let readsOnRight = false;
    if (right)
      walk(right, (node) => {
        if (node.type === 'identifier' && node.text === variable) readsOnRight = true;
      });
    if (readsOnRight) return 'read';
  }
  return result;
}

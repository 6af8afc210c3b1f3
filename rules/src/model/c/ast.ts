import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, encloses, sameNode, walk } from '../../parse/tree.js';
import { cppFunctionName, cppWrappedValue, libraryName } from './cpp-syntax.js';

/** Helpers over the C syntax tree; the generic ones live in parse/tree.ts and are re-exported. */
export { callArguments, encloses, sameNode, walk };

/** `(x)` → `x`, repeatedly. */
export function unwrapParens(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildCount === 1) {
    const inner = current.namedChild(0);
    if (!inner) break;
    current = inner;
  }
  return current;
}

/**
 * Strips parentheses and casts other than `(void)`: `(int)(x)` → `x`; in C++
 * also `reinterpret_cast<T>(x)` → `x` and an RAII wrapper's `fd.get()` → `fd`.
 */
export function unwrapValue(node: SyntaxNode): SyntaxNode {
  let current = unwrapParens(node);
  for (;;) {
    const value =
      current.type === 'cast_expression'
        ? isVoidCast(current)
          ? null
          : current.childForFieldName('value')
        : cppWrappedValue(current);
    if (!value) break;
    current = unwrapParens(value);
  }
  return current;
}

export function isVoidCast(node: SyntaxNode): boolean {
  if (node.type !== 'cast_expression') return false;
  const type = node.childForFieldName('type');
  return !!type && type.text.replace(/\s+/g, '') === 'void';
}

// C++'s `for (auto delay : backoff)` is a loop too.
export const LOOP_TYPES = new Set([
  'for_statement',
  'for_range_loop',
  'while_statement',
  'do_statement',
]);

/** The nodes between `node` (exclusive) and the enclosing function (exclusive), innermost first. */
export function* ancestors(node: SyntaxNode): Generator<SyntaxNode> {
  let current = node.parent;
  while (current && current.type !== 'function_definition' && current.type !== 'translation_unit') {
    yield current;
    current = current.parent;
  }
}

/** The outermost loop around `node` inside its function, if any. */
export function outermostLoop(node: SyntaxNode): SyntaxNode | undefined {
  let loop: SyntaxNode | undefined;
  for (const ancestor of ancestors(node)) if (LOOP_TYPES.has(ancestor.type)) loop = ancestor;
  return loop;
}

/** The name of the call's callee when it is a plain identifier (or C++'s `::exit`, `std::exit`). */
export function calleeName(call: SyntaxNode): string | undefined {
  const fn = call.childForFieldName('function');
  if (!fn) return undefined;
  return fn.type === 'identifier' ? fn.text : libraryName(fn);
}

/** The function's name and its parameters' names, through pointer declarators. */
export function functionSignature(
  declarator: SyntaxNode,
): { name: string; params: string[] } | undefined {
  let current: SyntaxNode | null = declarator;
  while (current && current.type !== 'function_declarator') {
    current = current.childForFieldName('declarator');
  }
  if (!current) return undefined;
  const nameNode = current.childForFieldName('declarator');
  const name =
    nameNode?.type === 'identifier' ? nameNode.text : nameNode && cppFunctionName(nameNode);
  if (!name) return undefined;
  const params: string[] = [];
  const list = current.childForFieldName('parameters');
  for (let i = 0; list && i < list.namedChildCount; i++) {
    const param = list.namedChild(i);
    // C++'s `int port = 0` is a parameter too: indices must stay those of the call.
    if (param?.type !== 'parameter_declaration' && param?.type !== 'optional_parameter_declaration')
      continue;
    const declarator = param.childForFieldName('declarator');
    // `f(void)` has no parameters.
    if (!declarator && param.childForFieldName('type')?.text === 'void') continue;
    params.push(declaredName(declarator) ?? '');
  }
  return { name, params };
}

/** The identifier a declarator declares: `*p`, `a[4]`, `x = 1` → the name. */
export function declaredName(declarator: SyntaxNode | null): string | undefined {
  let current = declarator;
  while (current && current.type !== 'identifier') {
    current =
      current.childForFieldName('declarator') ??
      (current.type === 'parenthesized_declarator' || current.type === 'reference_declarator'
        ? current.namedChild(0)
        : null);
  }
  return current?.text;
}

/** True when the statement (or block) always leaves the code that follows it. */
/** How deep the few recursive helpers go before giving up. */
const MAX_DEPTH = 500;

export function alwaysExits(
  statement: SyntaxNode | null,
  noReturn: ReadonlySet<string>,
  depth = 0,
): boolean {
  // Nesting deeper than any real code (a fuzzer's 20,000 nested ifs): say no.
  if (!statement || depth > MAX_DEPTH) return false;
  switch (statement.type) {
    case 'return_statement':
    case 'goto_statement':
    case 'break_statement':
    case 'continue_statement':
    case 'throw_statement': // C++: `if (path.size() >= sizeof sun.sun_path) throw …;`
      return true;
    case 'compound_statement': {
      for (let i = 0; i < statement.namedChildCount; i++) {
        if (alwaysExits(statement.namedChild(i), noReturn, depth + 1)) return true;
      }
      return false;
    }
    case 'if_statement': {
      const alternative = statement.childForFieldName('alternative');
      const otherwise =
        alternative?.type === 'else_clause' ? alternative.namedChild(0) : alternative;
      return (
        alwaysExits(statement.childForFieldName('consequence'), noReturn, depth + 1) &&
        !!otherwise &&
        alwaysExits(otherwise, noReturn, depth + 1)
      );
    }
    case 'expression_statement': {
      const expression = statement.namedChild(0);
      if (!expression) return false;
      const inner = unwrapValue(
        expression.type === 'cast_expression'
          ? (expression.childForFieldName('value') ?? expression)
          : expression,
      );
      if (inner.type !== 'call_expression') return false;
      const name = calleeName(inner);
      return !!name && noReturn.has(name);
    }
    default:
      return false;
  }
}

/**
 * Functions that do not return, by name: the C library's, the BSD err(3) family,
 * and the names projects give their own fatal helpers.
 */
export const NO_RETURN_FUNCTIONS: ReadonlySet<string> = new Set([
  'exit',
  '_exit',
  '_Exit',
  'abort',
  'err',
  'errx',
  'verr',
  'verrx',
  'die',
  'fatal',
  'fatalx',
  'panic',
  'bail',
  'usage',
  'error_exit',
  'pthread_exit',
  'longjmp',
  'siglongjmp',
]);

/**
 * Does `earlier` run on every path to `later` within their function, as far as
 * branches go? False when `earlier` sits in an if/else branch, a case, or the
 * arm of a `?:` that `later` is not inside. (Loop bodies are taken to run.)
 */
export function dominates(earlier: SyntaxNode, later: SyntaxNode): boolean {
  if (earlier.startIndex > later.startIndex) return false;
  let child = earlier;
  for (
    let parent = earlier.parent;
    parent && parent.type !== 'function_definition';
    child = parent, parent = parent.parent
  ) {
    // Leaving a branch that `later` is not in: `earlier` may not have run.
    if (isBranchOf(parent, child)) return encloses(child, later);
    if (encloses(parent, later)) return true;
  }
  return true;
}

/** Is `child` a conditionally run part of `parent` (an if/else arm, a case, the right of && or ||)? */
function isBranchOf(parent: SyntaxNode, child: SyntaxNode): boolean {
  switch (parent.type) {
    case 'if_statement':
    case 'conditional_expression':
      return !sameNode(parent.childForFieldName('condition'), child);
    case 'case_statement':
      return true;
    case 'binary_expression':
      return (
        /^(&&|\|\|)$/.test(parent.childForFieldName('operator')?.text ?? '') &&
        sameNode(parent.childForFieldName('right'), child)
      );
    default:
      return false;
  }
}

/**
 * Can `later` run after `earlier` on some path? Not when they sit in different
 * arms of the same if/else, `?:` or switch.
 */
export function mayFollow(earlier: SyntaxNode, later: SyntaxNode): boolean {
  let child = earlier;
  for (
    let parent = earlier.parent;
    parent && parent.type !== 'function_definition';
    child = parent, parent = parent.parent
  ) {
    if (!encloses(parent, later)) continue;
    // `parent` is the nearest construct holding both.
    if (
      parent.type === 'if_statement' ||
      parent.type === 'conditional_expression' ||
      parent.type === 'else_clause'
    ) {
      const condition = parent.childForFieldName('condition');
      if (condition && encloses(condition, earlier)) return true;
      return encloses(child, later);
    }
    // `#ifdef _WIN32 … #else … #endif` inside a function: one arm is compiled, never both.
    if (/^preproc_(if|ifdef|elif|elifdef)$/.test(parent.type)) {
      const alternative = parent.childForFieldName('alternative');
      return !(alternative && !sameNode(child, alternative) && encloses(alternative, later));
    }
    if (parent.type === 'compound_statement' && parent.parent?.type === 'switch_statement') {
      // Different cases: exclusive (a fall-through between them is rare enough).
      return !(child.type === 'case_statement' && !encloses(child, later));
    }
    return true;
  }
  return true;
}

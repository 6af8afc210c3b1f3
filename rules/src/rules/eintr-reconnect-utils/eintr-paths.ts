import { errnoConstantsIn, type ErrnoVocabulary } from '../../model/c/errno-vocabulary.js';
import type { ConnectOutcome } from '../../model/c/connect-outcome.js';
import { walk } from '../../model/c/ast.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import { INTERRUPTED, intersects } from '../shared/errno-families.js';

/** The code that runs when a connect failed with EINTR, and what follows it in its block. */
export interface EintrPath {
  path: SyntaxNode[];
  after: SyntaxNode[];
}

/**
 * Every place the failure of a connect is tested for EINTR, in each form C code
 * writes it, and the code that runs then:
 *   if (r < 0 && errno == EINTR) <path>          the failure test itself
 *   if (r < 0 && errno != EINTR) return -1; <path...>
 *   if (errno == EINTR) <path>                   its own if on the failure path
 *   if (errno != EINTR) return -1; <path...>
 *   case EINTR: <path>                           a switch (errno)
 *   if (is_interrupted(errno)) <path>            a classifier function or macro
 */
export function eintrPaths(outcome: ConnectOutcome, vocabulary: ErrnoVocabulary): EintrPath[] {
  const paths: EintrPath[] = [];
  if (outcome.test.type === 'if_statement' && testsEintr(outcome.condition, vocabulary)) {
    const branch = ifBranches(outcome.test);
    if (!meansNotEintr(outcome.condition, vocabulary)) {
      if (branch.then) paths.push({ path: [branch.then], after: following(outcome.test) });
    } else if (branch.otherwise) {
      paths.push({ path: [branch.otherwise], after: following(outcome.test) });
    } else {
      paths.push({ path: following(outcome.test), after: [] });
    }
  }
  for (const statement of outcome.failure) {
    walk(statement, (node) => {
      if (node.type === 'case_statement') {
        const value = node.childForFieldName('value');
        if (value && INTERRUPTED.has(value.text)) paths.push({ path: caseBody(node), after: [] });
        return;
      }
      if (node.type !== 'if_statement') return;
      const condition = node.childForFieldName('condition');
      if (!condition || !testsEintr(condition, vocabulary)) return;
      const branch = ifBranches(node);
      if (!meansNotEintr(condition, vocabulary)) {
        if (branch.then) paths.push({ path: [branch.then], after: following(node) });
      } else if (branch.otherwise) {
        paths.push({ path: [branch.otherwise], after: following(node) });
      } else {
        paths.push({ path: following(node), after: [] });
      }
    });
  }
  return paths;
}

export function testsEintr(node: SyntaxNode, vocabulary: ErrnoVocabulary): boolean {
  return intersects(errnoConstantsIn(node, vocabulary), INTERRUPTED);
}

/**
 * `errno != EINTR`, `!(errno == EINTR)`, `!is_eintr(errno)`: the condition holds
 * when errno is not EINTR.
 */
export function meansNotEintr(condition: SyntaxNode, vocabulary: ErrnoVocabulary): boolean {
  let negative = false;
  walk(condition, (node) => {
    const direct = node.type === 'identifier' && INTERRUPTED.has(node.text);
    const classifier =
      (node.type === 'call_expression' || node.type === 'identifier') &&
      !direct &&
      intersects(
        vocabulary.classifiers.get(
          (node.type === 'call_expression' ? node.childForFieldName('function') : node)?.text ?? '',
        ) ?? new Set(),
        INTERRUPTED,
      );
    if (!direct && !classifier) return;
    // `errno != EINTR` flips; so does every `!` above the test.
    let not =
      direct &&
      node.parent?.type === 'binary_expression' &&
      node.parent.childForFieldName('operator')?.text === '!=';
    for (let up = node.parent; up; up = up.parent) {
      if (up.type === 'unary_expression' && up.childForFieldName('operator')?.text === '!')
        not = !not;
      if (up.startIndex === condition.startIndex && up.endIndex === condition.endIndex) break;
    }
    negative = not;
    return false;
  });
  return negative;
}

function ifBranches(statement: SyntaxNode): { then?: SyntaxNode; otherwise?: SyntaxNode } {
  const consequence = statement.childForFieldName('consequence');
  const alternative = statement.childForFieldName('alternative');
  const otherwise = alternative?.type === 'else_clause' ? alternative.namedChild(0) : alternative;
  return { ...(consequence ? { then: consequence } : {}), ...(otherwise ? { otherwise } : {}) };
}

function caseBody(node: SyntaxNode): SyntaxNode[] {
  const value = node.childForFieldName('value');
  const body: SyntaxNode[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (child && child.startIndex !== value?.startIndex) body.push(child);
  }
  return body;
}

function following(node: SyntaxNode): SyntaxNode[] {
  const rest: SyntaxNode[] = [];
  for (let next = node.nextNamedSibling; next; next = next.nextNamedSibling) rest.push(next);
  return rest;
}

import type { SyntaxNode } from '../../parse/syntax.js';
import type { FunctionModel } from './types.js';
import { walk } from './ast.js';

/** `sa.sin_family = AF_INET;`: where it is, the member written (spaces dropped), the value's text. */
export interface FamilyAssignment {
  start: number;
  left: string;
  right: string | undefined;
}

/**
 * Every assignment to a `*_family` member in a function body, in source order:
 * read once per function (`FunctionModel.familyAssignments`, on first use). A
 * rule asked it once per connect, walking the body each time — seconds on a
 * function with hundreds of connects (an edit that unbalances a brace makes
 * one function of a whole file).
 */
export function familyAssignments(body: SyntaxNode): FamilyAssignment[] {
  const list: FamilyAssignment[] = [];
  walk(body, (node) => {
    if (node.type !== 'assignment_expression') return;
    const left = node.childForFieldName('left')?.text.replace(/\s+/g, '');
    if (left && /_family$/.test(left))
      list.push({ start: node.startIndex, left, right: node.childForFieldName('right')?.text });
  });
  return list;
}

/** The last assignment to `member…_family` that starts before `before`. */
export function lastFamilyAssignment(
  fn: Pick<FunctionModel, 'familyAssignments'>,
  member: string,
  before: number,
): FamilyAssignment | undefined {
  let last: FamilyAssignment | undefined;
  for (const assignment of fn.familyAssignments) {
    if (assignment.start > before) break;
    if (assignment.left.startsWith(member)) last = assignment;
  }
  return last;
}

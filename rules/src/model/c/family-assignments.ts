import type { SyntaxNode } from '../../parse/syntax.js';
import { walk } from './ast.js';

/** `sa.sin_family = AF_INET;`: where it is, the member written (spaces dropped), the value's text. */
export interface FamilyAssignment {
  start: number;
  left: string;
  right: string | undefined;
}

/**
 * Every assignment to a `*_family` member in a function body, in source order:
 * read once per body. A rule asked it once per connect, walking the body each
 * time — seconds on a function with hundreds of connects (an edit that
 * unbalances a brace makes one function of a whole file).
 */
const byBody = new WeakMap<SyntaxNode, FamilyAssignment[]>();

export function familyAssignments(body: SyntaxNode): readonly FamilyAssignment[] {
  let found = byBody.get(body);
  if (!found) {
    const list: FamilyAssignment[] = [];
    walk(body, (node) => {
      if (node.type !== 'assignment_expression') return;
      const left = node.childForFieldName('left')?.text.replace(/\s+/g, '');
      if (left && /_family$/.test(left))
        list.push({ start: node.startIndex, left, right: node.childForFieldName('right')?.text });
    });
    byBody.set(body, (found = list));
  }
  return found;
}

/** The last assignment to `member…_family` that starts before `before`. */
export function lastFamilyAssignment(
  body: SyntaxNode,
  member: string,
  before: number,
): FamilyAssignment | undefined {
  let last: FamilyAssignment | undefined;
  for (const assignment of familyAssignments(body)) {
    if (assignment.start > before) break;
    if (assignment.left.startsWith(member)) last = assignment;
  }
  return last;
}

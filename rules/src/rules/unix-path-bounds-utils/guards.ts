import type { SyntaxNode } from '../../parse/syntax.js';
import { alwaysExits, calleeName, sameNode, walk } from '../../model/c/ast.js';
import { mentionsBound } from './bounds.js';

/**
 * What a length check must be about: the source's `strlen(...)`, or a variable
 * that holds a length (the copy's size argument, or a local set from strlen).
 */
export interface GuardSubject {
  /** Texts whose `strlen(<text>)` counts, e.g. the source argument. */
  strlenOf: string[];
  /** Identifiers that hold the length. */
  lengthNames: Set<string>;
  /** strcat appends: any strlen compared with the bound counts. */
  anyStrlen: boolean;
  /** Locals that hold a bound: `max = sizeof(un->sun_path) - 1 - prefix_len;`, with their stored texts. */
  boundNames: ReadonlyMap<string, readonly string[]>;
  /** Calls that never return, the project's fatal helpers among them: a check that calls one leaves. */
  noReturn: ReadonlySet<string>;
  /** The source, when it is a plain name: a branch that sets it to a constant guards. */
  sourceName?: string;
}

type Direction = 'too-long' | 'fits' | 'either';

/** Does `text` take `strlen(<source>)`, however spaced (GNU style writes `strlen (path_)`)? */
export function takesStrlenOf(text: string, source: string): boolean {
  return text.replace(/\s+/g, '').includes(`strlen(${source.replace(/\s+/g, '')})`);
}

/**
 * Is the copy at `node` reached only after a length check against sun_path's
 * capacity, on every path? Accepted forms, from the copy outwards to its function:
 *   if (strlen(p) >= sizeof(a.sun_path)) return -1;   ...copy...     (an exit)
 *   assert(strlen(p) < sizeof(a.sun_path));           ...copy...
 *   if (strlen(p) < sizeof(a.sun_path)) { ...copy... }
 *   if (len >= sizeof(a.sun_path)) { error } else { ...copy... }
 */
export function isLengthGuarded(node: SyntaxNode, subject: GuardSubject): boolean {
  let current = node;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === 'function_definition' || parent.type === 'translation_unit') return false;
    if (parent.type === 'compound_statement') {
      for (
        let before = current.previousNamedSibling;
        before;
        before = before.previousNamedSibling
      ) {
        if (guardsWhatFollows(before, subject)) return true;
      }
    }
    if (parent.type === 'if_statement' || parent.type === 'conditional_expression') {
      const condition = parent.childForFieldName('condition');
      if (!condition || sameNode(condition, current)) continue;
      const inThen = sameNode(parent.childForFieldName('consequence'), current);
      if (checks(condition, subject, inThen ? 'fits' : 'too-long')) return true;
    }
  }
  return false;
}

function guardsWhatFollows(statement: SyntaxNode, subject: GuardSubject): boolean {
  if (statement.type === 'if_statement') {
    const condition = statement.childForFieldName('condition');
    const consequence = statement.childForFieldName('consequence');
    if (!condition) return false;
    if (alwaysExits(consequence, subject.noReturn) && checks(condition, subject, 'too-long')) {
      return true;
    }
    // if (!path) path = DEFAULT_PATH; else if (strlen(path) >= sizeof(...)) return -1;
    // (OpenLDAP's os-local.c): every branch either checks or sets a constant.
    const alternative = statement.childForFieldName('alternative');
    const otherwise = alternative?.type === 'else_clause' ? alternative.namedChild(0) : alternative;
    return !!otherwise && branchGuards(consequence, subject) && branchGuards(otherwise, subject);
  }
  if (statement.type === 'expression_statement') {
    const call = statement.namedChild(0);
    const name = call?.type === 'call_expression' ? calleeName(call) : undefined;
    const argument = call?.childForFieldName('arguments')?.namedChild(0);
    return !!name && /assert/i.test(name) && !!argument && checks(argument, subject, 'fits');
  }
  return false;
}

/** A branch that checks the length, or makes the source a constant of its own. */
function branchGuards(branch: SyntaxNode | null, subject: GuardSubject): boolean {
  if (!branch) return false;
  const statements =
    branch.type === 'compound_statement'
      ? Array.from({ length: branch.namedChildCount }, (_, i) => branch.namedChild(i))
      : [branch];
  return statements.some(
    (statement) =>
      !!statement &&
      (guardsWhatFollows(statement, subject) || setsSourceToConstant(statement, subject)),
  );
}

function setsSourceToConstant(statement: SyntaxNode, subject: GuardSubject): boolean {
  const assignment = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
  if (assignment?.type !== 'assignment_expression' || !subject.sourceName) return false;
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  return (
    left?.text === subject.sourceName &&
    !!right &&
    (right.type === 'string_literal' || isConstantName(right.text))
  );
}

/** `LDAPI_SOCK`, `_PATH_LOG`: an upper-case name is a macro constant by convention. */
export function isConstantName(text: string): boolean {
  return /^_*[A-Z][A-Z0-9_]*$/.test(text);
}

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=']);

/** Does `condition` compare the subject's length with sun_path's bound, meaning `want`? */
function checks(condition: SyntaxNode, subject: GuardSubject, want: Direction): boolean {
  let found = false;
  walk(condition, (node) => {
    if (found) return false;
    if (node.type !== 'binary_expression') return;
    const operator = node.childForFieldName('operator')?.text ?? '';
    if (!COMPARISONS.has(operator)) return;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    let direction: Direction | undefined;
    if (mentionsSubject(left, subject) && isBound(right, subject)) {
      direction = directionOf(operator, false);
    } else if (mentionsSubject(right, subject) && isBound(left, subject)) {
      direction = directionOf(operator, true);
    } else if (boundCounts(right, subject)) {
      // `if (adr_len > max_path_len) goto out;` where max_path_len is sun_path's
      // size minus the subject's length (haproxy's str2sa_range): checks both.
      direction = directionOf(operator, false);
    } else if (boundCounts(left, subject)) {
      direction = directionOf(operator, true);
    }
    if (!direction) return;
    if (negated(node, condition)) direction = flip(direction);
    if (direction === 'either' || direction === want) found = true;
    return false;
  });
  return found;
}

function isBound(node: SyntaxNode, subject: GuardSubject): boolean {
  if (mentionsBound(node.text) || node.type === 'number_literal') return true;
  let named = false;
  walk(node, (inner) => {
    if (inner.type === 'identifier' && subject.boundNames.has(inner.text)) named = true;
  });
  return named;
}

/** A bound local whose definition subtracts the subject's length. */
function boundCounts(node: SyntaxNode, subject: GuardSubject): boolean {
  const stores = node.type === 'identifier' ? subject.boundNames.get(node.text) : undefined;
  return (
    !!stores &&
    stores.some(
      (text) =>
        [...subject.lengthNames].some((name) => new RegExp(`\\b${name}\\b`).test(text)) ||
        subject.strlenOf.some((source) => takesStrlenOf(text, source)),
    )
  );
}

function mentionsSubject(node: SyntaxNode, subject: GuardSubject): boolean {
  let found = false;
  walk(node, (inner) => {
    if (found) return false;
    if (inner.type === 'identifier' && subject.lengthNames.has(inner.text)) found = true;
    // C++: `path.size()` (or `length()`) is strlen of `path.c_str()` / `path.data()`.
    if (inner.type === 'call_expression' && stringLengthOf(inner, subject)) found = true;
    if (
      inner.type === 'call_expression' &&
      /^(strlen|strnlen|wcslen)$/.test(calleeName(inner) ?? '')
    ) {
      const arg = inner.childForFieldName('arguments')?.namedChild(0)?.text;
      if (subject.anyStrlen || (arg !== undefined && subject.strlenOf.includes(arg))) found = true;
    }
  });
  return found;
}

/** `s.size()` / `s.length()` of a `std::string` whose `c_str()` or `data()` is copied. */
function stringLengthOf(call: SyntaxNode, subject: GuardSubject): boolean {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'field_expression' || call.childForFieldName('arguments')?.namedChildCount !== 0)
    return false;
  if (!/^(size|length)$/.test(fn.childForFieldName('field')?.text ?? '')) return false;
  const object = fn.childForFieldName('argument')?.text;
  const dot = fn.text.includes('->') ? '->' : '.';
  return (
    object !== undefined &&
    subject.strlenOf.some(
      (text) => text === `${object}${dot}c_str()` || text === `${object}${dot}data()`,
    )
  );
}

/** With the subject on the left: `len < bound` means it fits, `len >= bound` too long. */
function directionOf(operator: string, subjectOnRight: boolean): Direction {
  if (operator === '==' || operator === '!=') return 'either';
  const lessThan = operator.startsWith('<');
  return lessThan !== subjectOnRight ? 'fits' : 'too-long';
}

function flip(direction: Direction): Direction {
  return direction === 'fits' ? 'too-long' : direction === 'too-long' ? 'fits' : 'either';
}

/** Is `node` under an odd number of `!` inside `condition`? */
function negated(node: SyntaxNode, condition: SyntaxNode): boolean {
  let odd = false;
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === 'unary_expression' &&
      current.childForFieldName('operator')?.text === '!'
    ) {
      odd = !odd;
    }
    if (sameNode(current, condition)) break;
  }
  return odd;
}

/**
 * A later test of the destination: truncation checked. Seen in real code:
 *   if (a.sun_path[sizeof(a.sun_path) - 1] != '\0') ...
 *   assert(strcmp(addr.sun_path, path) == 0);   (memcached)
 */
export function truncationCheckedAfter(copy: SyntaxNode, body: SyntaxNode): boolean {
  let checked = false;
  walk(body, (node) => {
    if (checked || node.endIndex < copy.endIndex) return false;
    if (node.startIndex < copy.endIndex) return;
    if (node.type === 'call_expression' && /assert/i.test(calleeName(node) ?? '')) {
      if (/\bsun_path\b/.test(node.childForFieldName('arguments')?.text ?? '')) checked = true;
      return false;
    }
    if (node.type !== 'if_statement' && node.type !== 'while_statement') return;
    const condition = node.childForFieldName('condition');
    if (condition && /\bsun_path\b/.test(condition.text)) checked = true;
  });
  return checked;
}

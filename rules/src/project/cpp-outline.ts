import { looksLikeCpp } from '../parse/language-choice.js';
import { languageForPath } from '../parse/languages.js';

/**
 * What the C lexer (`c-lexer.ts`) needs to read a C++ file's outline as well:
 * the braces whose contents are top level (namespaces, and classes, whose
 * member functions it names `Class::member` as the C model does), the
 * qualifier of an out-of-class definition (`int Client::run() const {`), and
 * what a C++ parameter list may be followed by. The lexer stays one pass.
 */

/** C and C++ sources and headers: the files the project index reads. */
export function isCFamily(path: string): boolean {
  const family = languageForPath(path)?.family;
  return family === 'c' || family === 'cpp';
}

/** A file the index reads as C++: by its extension, or a `.h` with C++ syntax (a class, a namespace…). */
export function readsAsCpp(path: string, text: string): boolean {
  const family = languageForPath(path)?.family;
  if (family === 'cpp') return true;
  if (!/\.h$/i.test(path)) return false;
  // A header's survey asks twice (its definitions, its digest): the last answer is kept.
  if (text !== lastHeader.text) lastHeader = { text, cpp: looksLikeCpp(text) };
  return lastHeader.cpp;
}

let lastHeader = { text: '', cpp: false };

/** A brace the lexer steps into as if it were top level: a namespace, or a class with its name. */
export interface CppScope {
  /** The class's name (its members are `Name::member`); undefined for a namespace. */
  className?: string;
}

const NAMESPACE = /(?:^|[\s;}])(?:inline\s+)?namespace(?:\s+[\w:]+)?(?:\s*\[\[[^\]]*\]\])?\s*$/;
const CLASS =
  /(?:^|[\s;}>])(?:class|struct|union)\s+(?:\[\[[^\]]*\]\]\s*|alignas\s*\([^)]*\)\s*|[A-Z_][A-Z0-9_]*\s+)*([A-Za-z_]\w*)(?:\s*<[^{;]*>)?(?:\s+final)?\s*(?::[^{;]*)?$/;

/**
 * The scope a top-level `{` opens, from the text before it. An anonymous
 * struct, an enum, an initializer (`= {`) or a function's body is none.
 */
export function cppScopeOf(header: string): CppScope | undefined {
  const head = header.trim();
  if (NAMESPACE.test(head)) return {};
  if (/\b(enum|typedef)\b/.test(head) || /[=(]\s*$/.test(head)) return undefined;
  const match = CLASS.exec(head);
  // `class X : public B<f(y)>`: a parenthesis in the bases is rare, in a function header usual.
  if (!match?.[1] || head.slice(match.index).includes('(')) return undefined;
  return { className: match[1] };
}

/**
 * The name the C model gives a definition: `Client::run` for a member (in its
 * class, or out of it as `int Client::run() {`), the plain name otherwise (also
 * in a namespace, where calls name it bare).
 */
export function cppFunctionName(
  name: string,
  /** The header's text before the name. */
  before: string,
  className: string | undefined,
): string {
  const qualifier = /((?:[A-Za-z_]\w*\s*(?:<[^<>;{}]*>)?\s*::\s*)+)$/.exec(before);
  if (qualifier?.[1]) {
    const scopes = qualifier[1].replace(/\s+/g, '');
    // `::f` and `std::f` define no member.
    if (scopes !== '::' && scopes !== 'std::') return `${scopes}${name}`;
  }
  return className ? `${className}::${name}` : name;
}

/**
 * What C++ writes after a parameter list before the body: `const`, `noexcept`,
 * `override`, `final`, `&`, `&&`, `-> T`, `throw()`. Removed before the C lexer
 * checks that nothing else follows. (C has none of these there.)
 */
export function withoutCppTrailers(after: string): string {
  return after
    .replace(/->[^{;]*$/, ' ')
    .replace(/\b(?:const|volatile|noexcept|override|final|throw)\b(?:\s*\([^()]*\))?/g, ' ')
    .replace(/&&?/g, ' ');
}

/**
 * A call's name in a C++ body as the index keys it, from the text before the
 * name at `at`: `std::strcpy(` and `::close(` are the C library's `strcpy` and
 * `close`; `Client::run(` is the member `Client::run`; `sock.close(` and
 * `p->close(` are some class's members, whose class the text does not say: no
 * name (undefined), so they are not taken for close(2).
 */
export function cppCallName(body: string, at: number, name: string): string | undefined {
  let i = at - 1;
  while (i >= 0 && (body[i] === ' ' || body[i] === '\t' || body[i] === '\n')) i--;
  const c = body[i];
  if (c === '.' || (c === '>' && body[i - 1] === '-')) return undefined;
  if (c !== ':' || body[i - 1] !== ':') return name;
  // The whole qualifier, as a definition's name keeps it (`Ipc::UdsOp::run`), read backwards
  // (a regular expression anchored at the end tries every start). Written tight (`A::b`): in
  // `return ::connect(` the `::` is the global scope's.
  let from = i + 1;
  // `colon` is the first `:` of a `::`; the scope's name ends just before it.
  for (let colon = i - 1; body[colon] === ':' && body[colon + 1] === ':';) {
    let end = colon;
    if (body[end - 1] === '>') {
      // `Base<T>::f`: a template's arguments, without nesting.
      const open = body.lastIndexOf('<', end - 1);
      if (open < 0 || /[;{}()<>]/.test(body.slice(open + 1, end - 1))) break;
      end = open;
    }
    let word = end;
    while (word > 0 && /\w/.test(body[word - 1] as string)) word--;
    if (word === end || /\d/.test(body[word] as string)) break;
    from = word;
    colon = word - 2;
  }
  const scopes = body.slice(from, i + 1);
  return from > i || scopes === 'std::' ? name : `${scopes}${name}`;
}

/** C++ words written like a call that are none: `catch (…)`, `decltype(x)`, `new T(…)`'s `T` is kept. */
export const CPP_NOT_CALLS = new Set([
  'catch',
  'decltype',
  'alignof',
  'typeid',
  'noexcept',
  'static_assert',
  'throw',
]);

/**
 * A body that ends by throwing: its last statement is `throw …;` and no
 * `return` leaves it first. To its callers' failure branches it is an exit,
 * as a call of exit() is (the C model reads `throw` so in a body).
 */
export function endsByThrowing(body: string): boolean {
  if (/\breturn\b/.test(body)) return false;
  const end = body.trimEnd();
  if (!end.endsWith(';')) return false;
  const from =
    Math.max(end.lastIndexOf(';', end.length - 2), end.lastIndexOf('{'), end.lastIndexOf('}')) + 1;
  return /^\s*throw\b/.test(end.slice(from));
}

/**
 * C++ definitions where C++ puts them, beside the C ones (`file-survey.ts`): a
 * return type with `::`, `<…>` or `&` (`std::string stringerror(int err)`), a
 * member out of its class (`void Ipc::UdsOp::start()`, by its qualified name).
 * At the start of a line, as C's: an indented line is a body's more often than
 * a namespace's.
 */
const CPP_DEFINITION_LINE =
  /^(?:[A-Za-z_][\w \t*&:<>,]*?[ \t*&>])?((?:[A-Za-z_]\w*\s*::\s*)*[A-Za-z_]\w*)[ \t]*\((.*)$/gm;

export function cppDefinedNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(CPP_DEFINITION_LINE)) {
    if (/\)\s*;\s*$/.test(match[2] ?? '')) continue;
    const name = (match[1] as string).replace(/\s+/g, '');
    if (/^(if|while|for|switch|return|catch)$/.test(name)) continue;
    names.push(name.startsWith('std::') ? name.slice(5) : name);
  }
  return names;
}

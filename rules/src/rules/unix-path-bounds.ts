import type { SyntaxNode } from '../parse/syntax.js';
import { unwrapValue, walk } from '../model/c/ast.js';
import { literalByteLength } from '../model/c/string-literal.js';
import { byteLengths } from '../model/c/project-macros.js';
import type { CFileModel, FunctionModel, MacroLookup, SunPathCopy } from '../model/c/types.js';
import { PLATFORM_FACTS } from '../platform/platforms.js';
import { brokenAround } from '../model/c/parse-errors.js';
import { platformAt } from '../model/c/platform-regions.js';
import { createRule, type Report, NO_OPTIONS } from './rule.js';
import { nodePathTooLong } from './unix-path-bounds-utils/node.js';
import { addressUse } from './unix-path-bounds-utils/address-use.js';
import { destinationOffset, mentionsBound, numberValue } from './unix-path-bounds-utils/bounds.js';
import { formatMaxLength } from './unix-path-bounds-utils/format-length.js';
import {
  isConstantName,
  isLengthGuarded,
  truncationCheckedAfter,
  type GuardSubject,
  takesStrlenOf,
} from './unix-path-bounds-utils/guards.js';

/**
 * connect(2), UNIX-domain errors: "[ENAMETOOLONG] A component of a pathname
 * exceeded 255 characters, or an entire path name exceeded 1023 characters."
 * The kernel never sees a path longer than sun_path: the copy into the fixed-size
 * member overflows it first (a stack overflow), or truncation connects to another
 * socket than the one named.
 */
export default createRule({
  meta: {
    id: 'unix-path-bounds',
    manpage: ['ENAMETOOLONG', 'ENOENT'],
    description:
      'A path copied into sun_path must be bounded by its size, and a truncated copy must be detected.',
    defaultSeverity: 'error',
    messages: {
      unbounded:
        "'{{copier}}' copies into sun_path ({{size}} bytes on {{platform}}) without a bound: a longer path overflows the struct{{before}}.",
      truncationUnchecked:
        "'{{copier}}' truncates a path longer than sun_path ({{size}} bytes on {{platform}}) and the truncation is never checked: {{effect}}.",
      literalTooLong:
        'This path is {{length}} bytes with its NUL; sun_path holds {{size}} on {{platform}}.',
    },
    ...NO_OPTIONS,
  },
  checks: {
    c({ model, platform, report }) {
      const macroLengths = byteLengths(model.stringMacros);
      // The platform of the code at hand: `#ifdef __linux__` code has Linux's sun_path.
      const judged = (node: SyntaxNode) => {
        const at = platformAt(model, node.startIndex, platform);
        return { size: PLATFORM_FACTS[at.platform].sunPathSize, platform: at.name };
      };

      for (const initializer of model.sunPathInitializers) {
        const data = judged(initializer.literal);
        const size = data.size;
        const length = initializer.byteLength;
        if (length !== undefined && length + 1 > size) {
          report({
            messageId: 'literalTooLong',
            data: { ...data, length: length + 1 },
            start: initializer.literal,
          });
        }
      }

      for (const copy of model.sunPathCopies) {
        const data = judged(copy.call);
        const finding = judgeCopy(copy, model, data.size, macroLengths);
        if (!finding) continue;
        // The call the address feeds: connect, bind, sendto or sendmsg.
        const use = addressUse(copy.destination, copy.fn?.body);
        const fed = use.call
          ? [{ node: use.call, message: `the address is given to ${use.name}() here` }]
          : [];
        report({
          ...finding,
          data: {
            ...data,
            effect: use.effect,
            before: use.name ? ` before ${use.name}() is called` : '',
            ...finding.data,
          },
          related: [...(finding.related ?? []), ...fed],
        });
      }
    },
    node({ model, platform, report }) {
      const size = PLATFORM_FACTS[platform].sunPathSize;
      for (const finding of nodePathTooLong(model, size)) {
        report({
          ...finding,
          data: { ...finding.data, size, platform: PLATFORM_FACTS[platform].name },
        });
      }
    },
  },
});

function judgeCopy(
  copy: SunPathCopy,
  model: CFileModel,
  size: number,
  macroLengths: MacroLookup<number>,
): Report<'unbounded' | 'truncationUnchecked' | 'literalTooLong'> | undefined {
  // The checks around a copy are read from the tree: a misparsed statement says nothing.
  if (brokenAround(copy.call)) return undefined;
  const { copier, args, call } = copy;
  const at = { start: call.childForFieldName('function') ?? call, end: call };
  const offset = destinationOffset(copy.destination);
  const room = offset === undefined ? size : size - offset;
  const source = copier.source !== undefined ? args[copier.source] : undefined;
  const sizeArg = copier.size !== undefined ? args[copier.size] : undefined;
  const copierData = { copier: copy.copierName };

  // A known constant: measure it. strcat appends to what is there, so it is not.
  const known =
    copy.copierName === 'strcat' || copy.copierName === 'strncat' || copy.copierName === 'strlcat'
      ? undefined
      : copier.format !== undefined
        ? formatMaxLength(args[copier.format], args.slice(copier.format + 1), macroLengths, room)
        : source
          ? literalByteLength(unwrapValue(source), macroLengths)
          : undefined;
  if (known !== undefined) {
    if (known + 1 <= room) return undefined;
    const isLiteral = source && /string|concatenated/.test(unwrapValue(source).type);
    const macro = source ? model.stringMacros.get(unwrapValue(source).text) : undefined;
    return {
      messageId: 'literalTooLong',
      data: { length: known + 1 },
      ...(isLiteral && source ? { start: source } : at),
      related: macro?.node
        ? [{ node: macro.node, message: 'the path is defined here' }]
        : macro?.path && source
          ? [{ node: source, message: `the path is defined in ${macro.path}` }]
          : [],
    };
  }
  // Another sun_path of the same size: `strcpy(a.sun_path, b->sun_path)`.
  if (source && /\bsun_path\b/.test(source.text) && copy.copierName !== 'strcat') return undefined;
  // A macro defined elsewhere (`_PATH_LOG`, `NSLCD_SOCKET`): a constant we cannot measure.
  if (source && isConstantName(unwrapValue(source).text)) return undefined;
  // A local array no larger than the room: `char path[sizeof(sun.sun_path)]`.
  if (source && copy.fn && localArrayFits(unwrapValue(source), copy.fn.body, room))
    return undefined;

  const fn = copy.fn;
  if (!fn) return undefined;
  const subject = guardSubject(copy, fn, source, sizeArg, model.noReturn);
  const guarded = isLengthGuarded(call, subject);
  const boundedBySize = sizeArg ? sizeIsBounded(sizeArg, subject.boundNames, room) : false;

  switch (copier.kind) {
    case 'unbounded':
      return guarded ? undefined : { messageId: 'unbounded', data: copierData, ...at };
    case 'sized':
      return guarded || boundedBySize
        ? undefined
        : { messageId: 'unbounded', data: copierData, ...at };
    case 'truncating-silent':
      if (!boundedBySize && !guarded) return { messageId: 'unbounded', data: copierData, ...at };
      if (guarded || truncationCheckedAfter(call, fn.body)) return undefined;
      return { messageId: 'truncationUnchecked', data: copierData, ...at };
    case 'truncating-reported': {
      if (!boundedBySize && !guarded) return { messageId: 'unbounded', data: copierData, ...at };
      const resultChecked =
        copy.use.kind === 'tested' ||
        copy.use.kind === 'returned' ||
        copy.use.kind === 'escaped' ||
        (copy.use.kind === 'stored' && copy.storedIsRead === true);
      if (guarded || resultChecked || truncationCheckedAfter(call, fn.body)) return undefined;
      return { messageId: 'truncationUnchecked', data: copierData, ...at };
    }
  }
}

/** What a length check before this copy would test. */
function guardSubject(
  copy: SunPathCopy,
  fn: FunctionModel,
  source: SyntaxNode | undefined,
  sizeArg: SyntaxNode | undefined,
  noReturn: ReadonlySet<string>,
): GuardSubject {
  // For the printf family, the strings formatted are the sources.
  const sources =
    copy.copier.format !== undefined
      ? copy.args.slice(copy.copier.format + 1)
      : source
        ? [source]
        : [];
  const strlenOf = sources.flatMap((node) => [node.text, unwrapValue(node).text]);
  const lengthNames = new Set<string>();
  const sizeValue = sizeArg ? unwrapValue(sizeArg) : undefined;
  if (sizeValue?.type === 'identifier') lengthNames.add(sizeValue.text);
  // The function's stores, from its facts (one query over the body, shared).
  const stores = new Map<string, string[]>();
  for (const [name, values] of fn.facts.stores) {
    const texts = values.map(({ value }) => value.text);
    stores.set(name, texts);
    // Locals that hold the source's length: `size_t len = strlen(path);`.
    if (texts.some((text) => strlenOf.some((source) => takesStrlenOf(text, source)))) {
      lengthNames.add(name);
    }
  }
  const sourceValue = source ? unwrapValue(source) : undefined;
  return {
    strlenOf,
    lengthNames,
    anyStrlen: /cat$/.test(copy.copierName),
    boundNames: boundLocals(stores),
    noReturn,
    ...(sourceValue?.type === 'identifier' ? { sourceName: sourceValue.text } : {}),
  };
}

/** Locals every store of which is a bound, or made of other such locals, with their stores. */
function boundLocals(stores: ReadonlyMap<string, string[]>): Map<string, string[]> {
  const bound = new Map<string, string[]>();
  const namesBound = (value: string) =>
    [...bound.keys()].some((other) => new RegExp(`\\b${other}\\b`).test(value));
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, values] of stores) {
      if (bound.has(name)) continue;
      if (values.every((value) => mentionsBound(value) || namesBound(value))) {
        bound.set(name, values);
        changed = true;
      }
    }
  }
  return bound;
}

/**
 * Is the size argument a bound on sun_path: an expression of its size, a number
 * that fits, or a local that holds a bound?
 */
function sizeIsBounded(
  sizeArg: SyntaxNode,
  boundNames: ReadonlyMap<string, unknown>,
  room: number,
): boolean {
  const value = unwrapValue(sizeArg);
  if (mentionsBound(value.text)) return true;
  const number = numberValue(value);
  if (number !== undefined) return number <= room;
  return value.type === 'identifier' && boundNames.has(value.text);
}

/** Is `source` a local array declared with a size that fits in `room`? */
function localArrayFits(source: SyntaxNode, body: SyntaxNode, room: number): boolean {
  if (source.type !== 'identifier') return false;
  let fits = false;
  walk(body, (node) => {
    if (fits) return false;
    if (node.type !== 'array_declarator') return;
    const name = node.childForFieldName('declarator');
    const size = node.childForFieldName('size');
    if (name?.text !== source.text || !size) return;
    const number = numberValue(size);
    fits = number !== undefined ? number <= room : /\bsun_path\b|\bsockaddr_un\b/.test(size.text);
  });
  return fits;
}

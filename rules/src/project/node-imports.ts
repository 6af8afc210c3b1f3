import { dirname, join } from 'node:path';
import type { NodeImport } from './node-types.js';

/**
 * The relative imports of a TypeScript or JavaScript module, read from its text
 * (no parse): ESM `import`, CommonJS `require`, and the interop compilers wrap
 * `require` in (`__importDefault`, `__importStar`, `_interopRequireDefault`,
 * `__toESM`). Bare specifiers (packages) are never followed: the index stays
 * inside the project.
 */
const SPECIFIER = String.raw`['"](\.{1,2}(?:/[^'"]*)?)['"]`;
const ESM_IMPORT = new RegExp(
  String.raw`\bimport\s+(?:type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*from\s*${SPECIFIER}`,
  'g',
);
const INTEROP = String.raw`(?:(?:[\w$.]*(?:__importDefault|__importStar|_interopRequireDefault|_interopRequireWildcard|__toESM))\s*\(\s*)?`;
const REQUIRE_WHOLE = new RegExp(
  String.raw`\b(?:const|let|var)\s+([\w$]+)\s*=\s*${INTEROP}require\(\s*${SPECIFIER}\s*\)\s*\)?(?:\s*\.\s*([\w$]+))?`,
  'g',
);
const REQUIRE_NAMED = new RegExp(
  String.raw`\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\(\s*${SPECIFIER}\s*\)`,
  'g',
);

export function relativeImports(text: string): NodeImport[] {
  if (!text.includes('./') && !/['"]\.\.?['"]/.test(text)) return [];
  const found: NodeImport[] = [];
  for (const match of text.matchAll(ESM_IMPORT)) {
    const specifier = match[4] as string;
    if (match[1]) found.push({ local: match[1], specifier, imported: 'default' });
    if (match[3]) found.push({ local: match[3], specifier, imported: '*' });
    for (const [imported, local] of namedList(match[2], ' as ')) {
      found.push({ local, specifier, imported });
    }
  }
  for (const match of text.matchAll(REQUIRE_WHOLE)) {
    const specifier = match[2] as string;
    found.push({ local: match[1] as string, specifier, imported: match[3] ?? '*' });
  }
  for (const match of text.matchAll(REQUIRE_NAMED)) {
    for (const [imported, local] of namedList(match[1], ':'))
      found.push({ local, specifier: match[2] as string, imported });
  }
  // `const stream = require('./stream'); const { getStream } = stream` (pg): names of a namespace.
  for (const whole of found.filter((entry) => entry.imported === '*')) {
    const pattern = new RegExp(
      String.raw`\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*${whole.local.replace(/\$/g, '\\$')}\s*[;\n]`,
      'g',
    );
    for (const match of text.matchAll(pattern))
      for (const [imported, local] of namedList(match[1], ':'))
        found.push({ local, specifier: whole.specifier, imported });
  }
  return found;
}

/** `a, b as c` (or `a, b: c`) → [a, a], [b, c]. */
function namedList(list: string | undefined, separator: string): [string, string][] {
  if (!list) return [];
  return list.split(',').flatMap((entry) => {
    const [imported, local] = entry
      .replace(/^\s*type\s+/, '')
      .split(separator)
      .map((part) => part.trim());
    if (!imported || !/^[\w$]+$/.test(imported)) return [];
    const name = local && /^[\w$]+$/.test(local) ? local : imported;
    return [[imported, name] as [string, string]];
  });
}

/**
 * The module a relative specifier names, as Node and TypeScript resolve it:
 * `./x` is `x`, `x.js`, `x.ts`…, or `x/index.*`; `./x.js` is also `x.ts` (TypeScript
 * writes the output's name). `exists` says whether a path is a file of the project.
 */
export function resolveRelative(
  specifier: string,
  from: string,
  exists: (path: string) => boolean,
): string | undefined {
  const base = join(dirname(from), specifier);
  const swapped = /\.(m|c)?js$/.test(base)
    ? [base.replace(/\.(m|c)?js$/, '.$1ts'), base.replace(/\.js$/, '.tsx')]
    : [];
  const candidates = [
    ...(/\.[cm]?[jt]sx?$/.test(base) ? [base, ...swapped] : []),
    ...EXTENSIONS.map((extension) => `${base}${extension}`),
    ...EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  return candidates.find(exists);
}

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];

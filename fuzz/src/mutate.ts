import type { Random } from './prng.js';

/**
 * Byte-level mutations of a fixture. Each takes bytes and returns new bytes; the
 * names end up in the input's kind, so a saved crash says how it was made.
 */
type Mutator = (bytes: Uint8Array, random: Random, donor: Uint8Array) => Uint8Array;

const NON_ASCII = ['é', 'ü', 'ß', '日本語', '接続', '😀', '🔌', '\u00a0', '\u2028', '\u200b'];
const INVALID_UTF8 = [
  [0xff],
  [0xc3], // a lead byte alone
  [0xc0, 0xaf], // overlong '/'
  [0xed, 0xa0, 0x80], // a UTF-16 surrogate, encoded
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0xe2, 0x82], // truncated sequence
];

const MUTATORS: Record<string, Mutator> = {
  flip: (bytes, random) => {
    const out = Uint8Array.from(bytes);
    for (let n = 1 + random.int(8); n > 0 && out.length > 0; n--) {
      const at = random.int(out.length);
      out[at] = (out[at] ?? 0) ^ (1 << random.int(8));
    }
    return out;
  },
  byte: (bytes, random) => {
    const out = Uint8Array.from(bytes);
    for (let n = 1 + random.int(4); n > 0 && out.length > 0; n--)
      out[random.int(out.length)] = random.int(256);
    return out;
  },
  truncate: (bytes, random) => bytes.slice(0, random.int(bytes.length + 1)),
  'delete-lines': (bytes, random) =>
    editLines(bytes, random, (lines, at, n) => lines.splice(at, n)),
  'duplicate-lines': (bytes, random) =>
    editLines(bytes, random, (lines, at, n) => lines.splice(at, 0, ...lines.slice(at, at + n))),
  'swap-lines': (bytes, random) =>
    editLines(bytes, random, (lines, at) => {
      const other = random.int(lines.length);
      [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
    }),
  splice: (bytes, random, donor) => {
    const from = random.int(donor.length + 1);
    const piece = donor.slice(from, from + random.int(400));
    return insert(bytes, random.int(bytes.length + 1), piece);
  },
  nul: (bytes, random) => insert(bytes, random.int(bytes.length + 1), [0]),
  'invalid-utf8': (bytes, random) =>
    insert(bytes, random.int(bytes.length + 1), random.pick(INVALID_UTF8)),
  'non-ascii': (bytes, random) =>
    insert(bytes, random.int(bytes.length + 1), new TextEncoder().encode(random.pick(NON_ASCII))),
  bom: (bytes) => insert(bytes, 0, [0xef, 0xbb, 0xbf]),
  crlf: (bytes) => replaceLineEnds(bytes, '\r\n'),
  cr: (bytes) => replaceLineEnds(bytes, '\r'),
  'random-bytes': (bytes, random) =>
    insert(
      bytes,
      random.int(bytes.length + 1),
      Array.from({ length: 1 + random.int(64) }, () => random.int(256)),
    ),
  brackets: (bytes, random) =>
    insert(
      bytes,
      random.int(bytes.length + 1),
      new TextEncoder().encode(
        random
          .pick([
            '(',
            ')',
            '{',
            '}',
            '[',
            ']',
            '"',
            "'",
            '`',
            '/*',
            '*/',
            '#if 0\n',
            '#endif\n',
            '\\\n',
          ])
          .repeat(1 + random.int(40)),
      ),
    ),
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** Applies 1 to 4 random mutations; returns the bytes and the mutations' names. */
export function mutate(
  bytes: Uint8Array,
  random: Random,
  donor: Uint8Array,
): { bytes: Uint8Array; names: string[] } {
  const names: string[] = [];
  let out = bytes;
  for (let n = 1 + random.int(4); n > 0; n--) {
    const name = random.pick(MUTATOR_NAMES);
    names.push(name);
    out = (MUTATORS[name] as Mutator)(out, random, donor);
  }
  return { bytes: out, names };
}

function insert(bytes: Uint8Array, at: number, piece: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(bytes.length + piece.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(piece, at);
  out.set(bytes.subarray(at), at + piece.length);
  return out;
}

/** Line edits work on the bytes split at `\n` (latin1 keeps every byte as it was). */
function editLines(
  bytes: Uint8Array,
  random: Random,
  edit: (lines: string[], at: number, count: number) => void,
): Uint8Array {
  const lines = Buffer.from(bytes).toString('latin1').split('\n');
  edit(lines, random.int(lines.length), 1 + random.int(5));
  return Buffer.from(lines.join('\n'), 'latin1');
}

function replaceLineEnds(bytes: Uint8Array, end: string): Uint8Array {
  return Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\r?\n/g, end), 'latin1');
}

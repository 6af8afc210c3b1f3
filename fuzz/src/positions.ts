import type { Random } from './prng.js';

/**
 * Random files for the position property: non-ASCII text (accents, CJK, emoji:
 * two UTF-16 units, four UTF-8 bytes) in comments and strings around connect
 * calls, every kind of line end, calls split over lines. Each generated call's
 * text and UTF-16 offset are known, so a finding's range can be checked against it.
 */
export interface PositionCase {
  ext: '.c' | '.ts';
  text: string;
  /** The calls a finding must point at: from the called name to the closing parenthesis. */
  calls: { offset: number; text: string }[];
  /** The rule that flags each call. */
  ruleId: string;
  /** Written to disk with a BOM (editors send the text without it). */
  bom: boolean;
}

const WORDS = [
  'é',
  'ü',
  'naïve',
  'Grüße',
  '日本語',
  '接続する',
  '😀',
  '🔌🚀',
  'Ωμέγα',
  'ä\u0308',
  '𝔘',
];

export function positionCase(random: Random): PositionCase {
  const ext = random.chance(0.5) ? '.c' : '.ts';
  const eol = random.pick(['\n', '\r\n', '\r']);
  let text = '';
  const calls: PositionCase['calls'] = [];
  const words = () =>
    Array.from({ length: 1 + random.int(4) }, () => random.pick(WORDS)).join(
      random.pick([' ', '', '\t']),
    );
  const add = (piece: string) => (text += piece);
  const call = (piece: string) => {
    calls.push({ offset: text.length, text: piece });
    text += piece;
  };
  // tree-sitter ends a `//` comment at \n only: with lone CRs it would swallow the file.
  const lineComment = () => (eol === '\r' ? `/* ${words()} */` : `// ${words()}`);
  const gap = () => random.pick([' ', '', `/* ${words()} */ `, `${eol}    `]);

  if (ext === '.ts') add(`import * as net from 'net';${eol}`);
  for (let n = 1 + random.int(5); n > 0; n--) {
    add(`${lineComment()}${eol}`);
    if (ext === '.c') {
      add(`int f${n}(int fd, struct sockaddr *sa, socklen_t len) {${eol}`);
      add(`  const char *s = "${words()}"; /* ${words()} */${eol}  `);
      if (random.chance(0.5)) add(`/* ${words()} */ `);
      call(`connect(${gap()}fd,${gap()}sa,${gap()}len${gap()})`);
      add(`; ${lineComment()}${eol}  return 0;${eol}}${eol}`);
    } else {
      add(`function f${n}() {${eol}  const label = '${words()}';${eol}  const s = net.`);
      call(`connect({${gap()}port: 80,${gap()}host: '${words()}'${gap()}})`);
      add(`; ${lineComment()}${eol}  return label;${eol}}${eol}`);
    }
  }
  const ruleId = ext === '.c' ? 'unchecked-return' : 'error-listener';
  return { ext, text, calls, ruleId, bom: random.chance(0.2) };
}

/** The UTF-16 offset of a 1-based line and 1-based UTF-16 column, lines ended by \n, \r\n or \r. */
export function offsetOfLineColumn(text: string, line: number, column: number): number {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.slice(start).search(/\r\n|\r|\n/);
    if (next < 0) return -1;
    start += next + (text.startsWith('\r\n', start + next) ? 2 : 1);
  }
  return start + column - 1;
}

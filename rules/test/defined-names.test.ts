import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definedNames } from '../src/project/file-survey.js';

/** Texts and the functions they define for other files, whatever ends their lines. */
const CASES: [string, string[]][] = [
  ['int f(void)\n{\n  return g(1);\n}\n', ['f']],
  ['static int\nhidden(void)\n{\n}\nint\nshown(int a)\n{\n}\n', ['shown']],
  ['int decl(int);\nFOO(x);\nvoid *make(size_t n) {\n}\n', ['make']],
  ['  indented(void) {\n}\nstruct s *build(void) {\n}\n', ['build']],
  ['int a(void) {\r\n}\r\nint b(void) {\r\n}\r\n', ['a', 'b']],
  // An old Mac's line ends (`\r` alone) and U+2028 end lines too, as `^` of the scan reads them.
  ['int c(void) {\r}\rint d(void) {\r}\r', ['c', 'd']],
  ['x;\u2028int e(void) {\u2028}', ['e']],
  ['int last(void)', ['last']],
];

describe('the definitions a file offers the index', () => {
  for (const [index, [text, names]] of CASES.entries()) {
    it(`finds the definitions at the start of a line (${index + 1})`, () => {
      assert.deepEqual(definedNames(text, 'a.c'), names);
    });
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultSettings } from '../src/config/settings.js';
import { lintText } from '../src/engine/lint.js';
import { testBackend } from './helpers.js';

async function lint(source: string, reportUnused = false) {
  const settings = defaultSettings();
  settings.reportUnusedDirectives = reportUnused;
  const result = lintText(await testBackend(), 'x.c', source, settings);
  return result.findings.map((f) => `${f.location.start.line}:${f.ruleId}`);
}

const call = 'connect(fd, sa, n);';

describe('suppression comments', () => {
  it('disable-next-line, with rules, a reason and both comment forms', async () => {
    assert.deepEqual(
      await lint(`void f(int fd) {
        // connectlint-disable-next-line unchecked-return -- optional peer
        ${call}
        /* connectlint-disable-next-line */
        ${call}
        ${call}
      }`),
      ['6:unchecked-return'],
    );
  });

  it('disable-line applies to the line the comment starts on', async () => {
    assert.deepEqual(
      await lint(`void f(int fd) {
        ${call} // connectlint-disable-line unchecked-return
        ${call} /* connectlint-disable-line unix-path-bounds, unchecked-return */
        ${call} // connectlint-disable-line unix-path-bounds
      }`),
      ['4:unchecked-return'],
    );
  });

  it('a multi-line block comment applies to the line after it ends', async () => {
    assert.deepEqual(
      await lint(`void f(int fd) {
        /* connectlint-disable-next-line unchecked-return --
           the reason goes on */
        ${call}
      }`),
      [],
    );
  });

  it('reports unknown rules always and unused directives when asked', async () => {
    const source = `void f(int fd) {
      ${call} // connectlint-disable-line no-such-rule
      // connectlint-disable-next-line unix-path-bounds
      ${call}
    }`;
    // Sorted by position: the call comes before the comment on its line.
    assert.deepEqual(await lint(source), [
      '2:unchecked-return',
      '2:invalid-disable-directive',
      '4:unchecked-return',
    ]);
    assert.deepEqual(await lint(source, true), [
      '2:unchecked-return',
      '2:invalid-disable-directive',
      '3:unused-disable-directive',
      '4:unchecked-return',
    ]);
  });

  it('ignores look-alikes', async () => {
    assert.deepEqual(await lint(`void f(int fd) {\n ${call} // connectlint-disabled-line\n}`), [
      '2:unchecked-return',
    ]);
  });
});

describe('file-level suppression', () => {
  it('connectlint-disable turns rules off for the whole file', async () => {
    const backend = await testBackend();
    const source = `/* connectlint-disable unchecked-return -- generated code */\nvoid f(int fd) {\n  ${call}\n  ${call}\n}\n`;
    assert.deepEqual(lintText(backend, 'x.c', source, defaultSettings()).findings, []);
  });
});

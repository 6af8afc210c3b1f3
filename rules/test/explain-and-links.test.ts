import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/rules/index.js';
import { docUrl } from '../src/rules/rule.js';

/**
 * `--explain` as a user reads it in a terminal, and the doc links every face
 * gives: each must open. Links point into the docs the package ships (file: URLs)
 * until package.json declares a homepage; then to it.
 */
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/connectlint.js', import.meta.url));
const explain = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, '--explain', ...args], { encoding: 'utf8' });

describe('connectlint --explain', () => {
  it('lists every entry of an errno: EACCES has three', () => {
    const out = explain('EACCES').stdout;
    assert.equal(out.match(/\[EACCES\]/g)?.length, 3, out);
  });

  it('gives the platform notes with the whole page', () => {
    const linux = explain('connect', '--platform', 'linux').stdout;
    assert.match(linux, /On Linux/);
    assert.match(linux, /EAGAIN .*UNIX-domain/);
    assert.doesNotMatch(explain('connect').stdout, /On Linux/);
  });

  it('renders Markdown as text, with links a user can open', () => {
    const out = explain('repeated-connect').stdout;
    assert.doesNotMatch(out, /\*\*|```|^#+ /m);
    assert.doesNotMatch(out, /\]\(/);
    const urls = [...out.matchAll(/<(file:[^>]+)>/g)].map((match) => match[1] as string);
    assert.ok(urls.length > 0, out);
    for (const url of urls) assert.ok(existsSync(fileURLToPath(url)), `${url} does not open`);
    // The repository's sources are not in the package: their links keep only their text.
    assert.doesNotMatch(out, /src\/rules\/repeated-connect\.ts>/);
  });
});

describe('doc links', () => {
  it("open the package's own pages while no homepage is declared", () => {
    for (const rule of RULES) {
      const url = docUrl(rule.meta.id);
      assert.match(url, /^file:/);
      assert.ok(existsSync(fileURLToPath(url)), url);
    }
  });

  let copy: string | undefined;
  after(() => copy && rmSync(copy, { recursive: true, force: true }));

  it('go to the homepage package.json declares, everywhere (SARIF helpUri included)', () => {
    // A copy of the built package whose package.json declares a homepage.
    copy = mkdtempSync(join(tmpdir(), 'connectlint-home-'));
    for (const part of ['bin', 'dist', 'docs', 'data', 'queries', 'package.json'])
      cpSync(join(PACKAGE, part), join(copy, part), { recursive: true });
    symlinkSync(join(PACKAGE, '..', 'node_modules'), join(copy, 'node_modules'));
    const manifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as object;
    writeFileSync(
      join(copy, 'package.json'),
      JSON.stringify({ ...manifest, homepage: 'https://connectlint.example/' }),
    );
    writeFileSync(
      join(copy, 'a.c'),
      'void f(int s, struct sockaddr *a, int n) { connect(s, a, n); }\n',
    );
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(copy!, 'bin', 'connectlint.js'), ...args], {
        cwd: copy,
        encoding: 'utf8',
      }).stdout;
    const sarif = JSON.parse(run('--format', 'sarif', 'a.c')) as {
      runs: { tool: { driver: { informationUri?: string; rules: { helpUri?: string }[] } } }[];
    };
    const driver = sarif.runs[0]?.tool.driver;
    assert.equal(driver?.rules[0]?.helpUri, 'https://connectlint.example/docs/unchecked-return.md');
    assert.equal(driver?.informationUri, 'https://connectlint.example/');
    assert.match(run('--list-rules'), /https:\/\/connectlint\.example\/docs\/unchecked-return\.md/);
    assert.match(
      run('--explain', 'repeated-connect'),
      /<https:\/\/connectlint\.example\/docs\/eintr-reconnect\.md>/,
    );
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { FindingFix } from '../src/engine/finding.js';
import { applyFixes } from '../src/fix/apply-fixes.js';
import { applyParsing } from '../src/fix/fix-text.js';
import { parseErrors } from '../src/fix/parse-errors.js';
import { LineIndex } from '../src/text/positions.js';
import { testBackend } from './helpers.js';
import { findingKeys, runCli, tempProject, type JsonReport } from './cli-process.js';

/** Both fixes in one file: a safe one (addrlen-mismatch) and one that needs a look (nonblocking-einprogress). */
const MIXED = `#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>

int dial(const struct sockaddr_in *sin)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (connect(fd, (const struct sockaddr *)sin, sizeof(sin)) < 0)
        return -1;
    return fd;
}
`;

function fix(text: string, start: number, end: number, replacement: string): FindingFix {
  const lines = new LineIndex(text);
  return {
    description: 'test',
    edits: [{ location: lines.location(start, end), text: replacement }],
  };
}

describe('--fix', () => {
  it('applies the safe fix and leaves the one that needs a look; --unsafe-fixes applies both', () => {
    const root = tempProject({ 'a.c': MIXED });
    assert.equal(runCli(['--fix', 'a.c'], root).status, 1);
    const safe = readFileSync(join(root, 'a.c'), 'utf8');
    assert.ok(safe.includes('sizeof(*sin)) < 0)\n'), safe);
    const run = runCli(['--fix', '--unsafe-fixes', '--format', 'json', 'a.c'], root);
    const both = readFileSync(join(root, 'a.c'), 'utf8');
    assert.ok(both.includes('sizeof(*sin)) < 0 && errno != EINPROGRESS)'), both);
    // The findings reported are those of the fixed text: none left, exit 0.
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(run.status, 0);
    assert.deepEqual(report.files[0]?.findings, []);
    assert.equal(report.files[0]?.output, both);
  });

  it('judges with the project: a wrapper from another file still counts under --fix', () => {
    const root = tempProject({
      'net.c':
        '#include <sys/socket.h>\nint net_dial(int fd, const struct sockaddr *sa, socklen_t n)\n{\n    return connect(fd, sa, n);\n}\n',
      'use.c':
        '#include <sys/socket.h>\nint net_dial(int fd, const struct sockaddr *sa, socklen_t n);\nvoid f(int fd, const struct sockaddr *sa)\n{\n    net_dial(fd, sa, 16);\n}\n',
    });
    const plain = runCli(['--format', 'json', '.'], root);
    assert.deepEqual(findingKeys(plain.stdout), ['use.c:5:unchecked-return']);
    const fixing = runCli(['--fix', '--format', 'json', '.'], root);
    assert.equal(fixing.status, 1);
    assert.deepEqual(findingKeys(fixing.stdout), findingKeys(plain.stdout));
  });

  it('--fix-rule limits the fixes to a rule', () => {
    const root = tempProject({ 'a.c': MIXED });
    runCli(['--fix', '--unsafe-fixes', '--fix-rule', 'nonblocking-einprogress', 'a.c'], root);
    const text = readFileSync(join(root, 'a.c'), 'utf8');
    assert.ok(text.includes('sizeof(sin)) < 0 && errno != EINPROGRESS)'), text);
  });

  it('keeps a BOM and CRLF line ends', () => {
    const crlf = `\uFEFF${MIXED.replace(/\n/g, '\r\n')}`;
    const root = tempProject({ 'a.c': crlf });
    runCli(['--fix', 'a.c'], root);
    const bytes = readFileSync(join(root, 'a.c'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.toString('utf8'), crlf.replace('sizeof(sin)', 'sizeof(*sin)'));
  });

  it('never rewrites a file that is not valid UTF-8, and says so', () => {
    const bytes = Buffer.concat([Buffer.from('/* caf\xe9 */\n', 'latin1'), Buffer.from(MIXED)]);
    const root = tempProject({ 'a.c': bytes });
    const run = runCli(['--fix', '--format', 'json', 'a.c'], root);
    assert.deepEqual(readFileSync(join(root, 'a.c')), bytes);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.match(
      report.files[0]?.notices[0]?.message ?? '',
      /not fixed: the file is not valid UTF-8/,
    );
  });

  it('standard input: --fix-dry-run gives the output; --fix is a usage error', () => {
    const root = tempProject({});
    const dry = runCli(['--stdin', '--fix-dry-run', '--format', 'json'], root, MIXED);
    const report = JSON.parse(dry.stdout) as JsonReport;
    assert.equal(report.files[0]?.output, MIXED.replace('sizeof(sin)', 'sizeof(*sin)'));
    assert.equal(runCli(['--stdin', '--fix'], root, MIXED).status, 2);
    assert.equal(runCli(['--unsafe-fixes', 'x.c'], root).status, 2);
    assert.equal(runCli(['--fix', '--fix-dry-run', 'x.c'], root).status, 2);
    assert.equal(runCli(['--fix', '--fix-rule', 'nope', 'x.c'], root).status, 2);
  });
});

describe('applying fixes', () => {
  it('leaves out a fix that overlaps one before it, for the next pass', () => {
    const text = 'abcdef';
    const { text: out, applied } = applyFixes(text, [
      fix(text, 1, 3, 'X'),
      fix(text, 2, 4, 'Y'),
      fix(text, 4, 5, 'Z'),
    ]);
    assert.equal(out, 'aXdZf');
    assert.equal(applied.length, 2);
  });

  it('never applies a fix whose result parses worse; the others still go in', async () => {
    const backend = await testBackend();
    const text = 'int f(void) { return g(1); }\nint h(void) { return g(2); }\n';
    const tree = backend.parse('c', text);
    const breaking = fix(text, text.indexOf('g(1)'), text.indexOf('g(1)') + 4, 'g(1');
    const fine = fix(text, text.indexOf('g(2)'), text.indexOf('g(2)') + 4, 'g(2, 3)');
    const step = applyParsing(backend, 'c', text, tree, [breaking, fine]);
    assert.equal(step.text, text.replace('g(2)', 'g(2, 3)'));
    assert.deepEqual(step.refused, [breaking]);
    assert.equal(parseErrors(step.tree), 0);
    assert.ok(parseErrors(backend.parse('c', text.replace('g(1)', 'g(1'))) > 0);
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { languageIdFor } from '../src/input.js';
import { LspClient } from '../src/lsp-client.js';
import { offsetOfLineColumn, positionCase, type PositionCase } from '../src/positions.js';
import { Random } from '../src/prng.js';

const CLI = fileURLToPath(new URL('../../../rules/bin/connectlint.js', import.meta.url));
const SEED = 4242;
const CASES = 60;

interface JsonPosition {
  offset: number;
  byte: number;
  line: number;
  column: number;
}

interface JsonReport {
  files: { path: string; findings: { ruleId: string; start: JsonPosition; end: JsonPosition }[] }[];
}

function cases(): PositionCase[] {
  const random = new Random(SEED);
  return Array.from({ length: CASES }, () => positionCase(random));
}

/** The call a finding names: the generated call starting at its start offset. */
function expectedCall(c: PositionCase, offset: number): string | undefined {
  return c.calls.find((call) => call.offset === offset)?.text;
}

/**
 * For random files with non-ASCII text, every finding's range is exactly the
 * source text of the call it names: by UTF-8 bytes, by line and column, and by
 * UTF-16 offset in the CLI's JSON; by UTF-16 line and character in the server.
 */
describe('positions map back to the source (property)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'connectlint-positions-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('in the CLI: UTF-8 bytes, lines and UTF-16 columns, UTF-16 offsets', () => {
    const all = cases();
    const fileBytes = (c: PositionCase) => Buffer.from((c.bom ? '\ufeff' : '') + c.text, 'utf8');
    all.forEach((c, index) => writeFileSync(join(folder, `case-${index}${c.ext}`), fileBytes(c)));
    const run = spawnSync(process.execPath, [CLI, '--format', 'json', '--no-config', '.'], {
      cwd: folder,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    all.forEach((c, index) => {
      const file = report.files.find((f) => f.path === `case-${index}${c.ext}`);
      const findings = (file?.findings ?? []).filter((f) => f.ruleId === c.ruleId);
      // Bytes count from the start of the file (its BOM too); offsets, lines and columns, in the text.
      const bytes = fileBytes(c);
      const where = `case ${index} (seed ${SEED})`;
      assert.equal(findings.length, c.calls.length, `${where}: one finding per call`);
      for (const { start, end } of findings) {
        const call = expectedCall(c, start.offset);
        assert.ok(call, `${where}: a finding at ${start.offset} names no call`);
        assert.equal(c.text.slice(start.offset, end.offset), call, `${where}: UTF-16 offsets`);
        assert.equal(
          bytes.subarray(start.byte, end.byte).toString('utf8'),
          call,
          `${where}: bytes`,
        );
        const from = offsetOfLineColumn(c.text, start.line, start.column);
        const to = offsetOfLineColumn(c.text, end.line, end.column);
        assert.equal(c.text.slice(from, to), call, `${where}: lines and columns`);
      }
    });
  });

  it('in the server: UTF-16 lines and characters', { timeout: 60_000 }, async () => {
    const client = new LspClient();
    try {
      await client.initialize();
      for (const [index, c] of cases().entries()) {
        const uri = `file:///positions/case-${index}${c.ext}`;
        await client.notify('textDocument/didOpen', {
          textDocument: { uri, languageId: languageIdFor(c.ext), version: 1, text: c.text },
        });
        const report = await client.request<{
          items: {
            code?: string;
            range: {
              start: { line: number; character: number };
              end: { line: number; character: number };
            };
          }[];
        }>('textDocument/diagnostic', { textDocument: { uri } }, 20_000);
        const items = report.items.filter((item) => item.code === c.ruleId);
        const where = `case ${index} (seed ${SEED})`;
        assert.equal(items.length, c.calls.length, `${where}: one diagnostic per call`);
        for (const { range } of items) {
          const from = offsetOfLineColumn(c.text, range.start.line + 1, range.start.character + 1);
          const to = offsetOfLineColumn(c.text, range.end.line + 1, range.end.character + 1);
          assert.equal(c.text.slice(from, to), expectedCall(c, from), `${where}: UTF-16 range`);
        }
        await client.notify('textDocument/didClose', { textDocument: { uri } });
      }
    } finally {
      client.kill();
    }
  });
});

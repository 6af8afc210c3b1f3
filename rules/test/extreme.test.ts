import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultSettings } from '../src/config/settings.js';
import { analyzeText } from '../src/engine/lint.js';
import { testBackend } from './helpers.js';

/**
 * Inputs no real code has, that must not break the engine: deep nesting (no
 * stack overflow in any rule) and thousands of connect calls in one function
 * (no quadratic pass). The timeout only guards against a hang; speed is measured
 * in bench/, not here.
 */
describe('extreme inputs', () => {
  it('20,000 nested ifs and 100,000 nested parentheses: every rule runs', async () => {
    const backend = await testBackend();
    for (const text of [
      'void f(int fd){ if (connect(fd,0,0) < 0) ' + 'if (x) '.repeat(20000) + 'return; }',
      'void f(int fd){ connect(fd,' + '('.repeat(100000) + '0' + ')'.repeat(100000) + ',0); }',
      "import * as net from 'net';\nnet.connect({ path: " + "'a' + ".repeat(5000) + "'b' });\n",
    ]) {
      const path = text.startsWith('import') ? 'x.ts' : 'x.c';
      const { result } = analyzeText(backend, path, text, defaultSettings());
      assert.deepEqual(result.notices, []);
    }
  });

  it('5,000 connect calls in one function: one finding each', { timeout: 60_000 }, async () => {
    const backend = await testBackend();
    const text = 'void f(int fd) {\n' + '  connect(fd, 0, 0);\n'.repeat(5000) + '}\n';
    const { result } = analyzeText(backend, 'x.c', text, defaultSettings());
    assert.equal(result.findings.length, 5000);
    assert.equal(result.findings[4999]?.location.start.line, 5001);
  });
});

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

  it(
    '10,000 Node sockets in one function, and a minified line: linear',
    { timeout: 60_000 },
    async () => {
      const backend = await testBackend();
      // Each socket used to walk its whole scope (and each callee its whole block): minutes.
      for (const holder of ['s', 'distinct']) {
        let text = "import * as net from 'net';\nfunction f() {\n";
        for (let i = 0; i < 10_000; i++)
          text += `  const ${holder === 's' ? 's' : `s${i}`} = net.connect(${i});\n`;
        const { result } = analyzeText(backend, 'x.ts', text + '}\n', defaultSettings());
        assert.equal(result.findings.filter((f) => f.ruleId === 'error-listener').length, 10_000);
      }
      const minified =
        "const net=require('net');" + 'function a(b){return b+1}var c=[1,2].map(a);'.repeat(20_000);
      const { result } = analyzeText(
        backend,
        'x.js',
        minified + 'net.connect(1);',
        defaultSettings(),
      );
      assert.equal(result.findings.length, 1);
    },
  );
});

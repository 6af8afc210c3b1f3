import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RuleTester as TsRuleTester } from '@typescript-eslint/rule-tester';
import { ESLint, RuleTester } from 'eslint';
import plugin from '../src/eslint/index.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/connectlint.js', import.meta.url));

TsRuleTester.afterAll = after;
TsRuleTester.describe = describe;
TsRuleTester.it = it;
TsRuleTester.itOnly = it.only;

const presets = [...(plugin.configs.recommended as object[]), ...(plugin.configs.c as object[])];

describe('connectlint/eslint', () => {
  it('finds through ESLint what the CLI finds, in C, TypeScript and JavaScript', async () => {
    const eslint = new ESLint({
      cwd: EXAMPLES,
      overrideConfigFile: true,
      overrideConfig: presets as never,
    });
    const results = await eslint.lintFiles(['.']);
    const fromEslint = results
      .flatMap((result) =>
        result.messages.map(
          (m) =>
            `${relative(EXAMPLES, result.filePath)}:${m.line}:${m.column}:${m.ruleId?.replace('connectlint/', '')}`,
        ),
      )
      .sort();
    const cli = spawnSync(process.execPath, [BIN, '--format', 'json', '.'], {
      cwd: EXAMPLES,
      encoding: 'utf8',
    });
    const report = JSON.parse(cli.stdout) as {
      files: {
        path: string;
        findings: { ruleId: string; start: { line: number; column: number } }[];
      }[];
    };
    const fromCli = report.files
      .flatMap((file) =>
        file.findings.map((f) => `${file.path}:${f.start.line}:${f.start.column}:${f.ruleId}`),
      )
      .sort();
    assert.ok(fromCli.length >= 6);
    assert.deepEqual(fromEslint, fromCli);
  });

  it('honours eslint-disable comments in C files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'connectlint-eslint-'));
    writeFileSync(
      join(dir, 'a.c'),
      [
        'void f(int fd, struct sockaddr *sa, socklen_t n) {',
        '  // eslint-disable-next-line connectlint/unchecked-return -- best effort',
        '  connect(fd, sa, n);',
        '  /* eslint-disable connectlint/unchecked-return */',
        '  connect(fd, sa, n);',
        '  /* eslint-enable connectlint/unchecked-return */',
        '  connect(fd, sa, n);',
        '}',
        '',
      ].join('\n'),
    );
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: presets as never,
    });
    const [result] = await eslint.lintFiles(['a.c']);
    assert.deepEqual(
      result?.messages.map((m) => [m.line, m.ruleId]),
      [[7, 'connectlint/unchecked-return']],
    );
  });

  it('has presets that stand alone, and rule docs linked from meta', () => {
    for (const [id, rule] of Object.entries(plugin.rules)) {
      assert.match(rule.meta.docs?.url ?? '', new RegExp(`rules/docs/${id}\\.md$`));
    }
    assert.equal((plugin.configs.c?.[0] as { language: string }).language, 'connectlint/c');
  });
});

describe('C rules through ESLint RuleTester with the C language', () => {
  const tester = new RuleTester({
    plugins: { connectlint: plugin as never },
    language: 'connectlint/c',
  } as never);
  it('unchecked-return', () => {
    tester.run('unchecked-return', plugin.rules['unchecked-return'] as never, {
      valid: [
        { code: 'int f(int fd) { return connect(fd, 0, 0) < 0 ? -1 : 0; }', filename: 'a.c' },
      ],
      invalid: [
        {
          code: 'void f(int fd) { connect(fd, 0, 0); }',
          filename: 'a.c',
          errors: [{ messageId: 'discarded', line: 1, column: 18 }],
        },
      ],
    });
  });
  it('addrlen-mismatch, with its safe fix as an ESLint fix', () => {
    tester.run('addrlen-mismatch', plugin.rules['addrlen-mismatch'] as never, {
      valid: [
        {
          code: 'int f(int fd, struct sockaddr_in *p) { return connect(fd, (struct sockaddr *)p, sizeof(*p)); }',
          filename: 'a.c',
        },
      ],
      invalid: [
        {
          code: 'int f(int fd, struct sockaddr_in *p) { return connect(fd, (struct sockaddr *)p, sizeof(p)); }',
          filename: 'a.c',
          errors: [{ messageId: 'pointerSize', suggestions: [] }],
          output:
            'int f(int fd, struct sockaddr_in *p) { return connect(fd, (struct sockaddr *)p, sizeof(*p)); }',
        },
      ],
    });
  });
});

describe('Node rules through @typescript-eslint/rule-tester', () => {
  const tester = new TsRuleTester();
  // `desc` in the expected suggestions: ESLint checks it; typescript-eslint's types only know messageId.
  tester.run('error-listener', plugin.rules['error-listener'] as never, {
    valid: [
      "import * as net from 'node:net';\nconst s = net.connect(80);\ns.on('error', console.error);\nexport {};",
      "import { Client } from 'pg';\nconst c = new Client();\nc.connect();\nexport {};",
    ],
    invalid: [
      {
        code: "import * as net from 'node:net';\nfunction f() {\n  const s = net.connect(80);\n  s.write('x');\n}\nexport { f };",
        errors: [
          {
            messageId: 'noErrorListener',
            line: 3,
            // ESLint suggestions carry a description (`desc`), as the engine's fixes do.
            suggestions: [
              {
                desc: "Add an 'error' listener that reports the error",
                output:
                  "import * as net from 'node:net';\nfunction f() {\n  const s = net.connect(80);\n  s.on('error', (err) => {\n    console.error(err);\n  });\n  s.write('x');\n}\nexport { f };",
              },
            ],
          },
        ],
      } as never,
    ],
  });
});

describe('connectlint/eslint with type information', () => {
  it('keeps a finding only where TypeScript agrees the value is a Node socket', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'connectlint-typed-'));
    const typeRoots = fileURLToPath(new URL('../../../node_modules/@types', import.meta.url));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          types: ['node'],
          typeRoots: [typeRoots],
          noEmit: true,
        },
        include: ['*.ts'],
      }),
    );
    // A loop variable named like the import: the engine alone, resolving names
    // without types, takes `net.connect` for Node's; TypeScript knows better.
    writeFileSync(
      join(dir, 'shadow.ts'),
      "import * as net from 'node:net';\nexport function h(pool: { connect(port: number): { write(text: string): void } }[]): void {\n  for (const net of pool) {\n    const c = net.connect(80);\n    c.write('x');\n  }\n}\n",
    );
    writeFileSync(
      join(dir, 'real.ts'),
      "import * as n from 'node:net';\nexport function f(): void {\n  const s = n.connect(80);\n  s.write('x');\n}\n",
    );
    const typed = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        ...(plugin.configs.recommended as object[]),
        {
          files: ['**/*.ts'],
          languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: dir } },
        },
      ] as never,
    });
    const untyped = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: plugin.configs.recommended as never,
    });
    const lines = async (eslint: ESLint, file: string) =>
      (await eslint.lintFiles([file]))[0]?.messages.map((m) => `${m.line}:${m.ruleId}`);
    assert.deepEqual(await lines(untyped, 'shadow.ts'), ['4:connectlint/error-listener']);
    assert.deepEqual(await lines(typed, 'shadow.ts'), []);
    assert.deepEqual(await lines(typed, 'real.ts'), ['3:connectlint/error-listener']);
  });
});

describe('connectlint/eslint presets alone', () => {
  it('configs.c alone lints C; configs.recommended alone lints TypeScript; eslint-disable-next-line works in both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'connectlint-presets-'));
    writeFileSync(
      join(dir, 'a.c'),
      'void f(int fd) {\n  connect(fd, 0, 0);\n  // eslint-disable-next-line connectlint/unchecked-return\n  connect(fd, 0, 0);\n}\n',
    );
    writeFileSync(
      join(dir, 'b.ts'),
      "import * as net from 'node:net';\nexport const one = (): void => {\n  const s = net.connect(80);\n  s.write('x');\n};\nexport const two = (): void => {\n  // eslint-disable-next-line connectlint/error-listener\n  const s = net.connect(80);\n  s.write('x');\n};\n",
    );
    const lines = async (config: unknown, file: string) =>
      (
        await new ESLint({
          cwd: dir,
          overrideConfigFile: true,
          overrideConfig: config as never,
        }).lintFiles([file])
      )[0]?.messages.map((m) => `${m.line}:${m.ruleId}`);
    assert.deepEqual(await lines(plugin.configs.c, 'a.c'), ['2:connectlint/unchecked-return']);
    assert.deepEqual(await lines(plugin.configs.recommended, 'b.ts'), [
      '3:connectlint/error-listener',
    ]);
  });
});

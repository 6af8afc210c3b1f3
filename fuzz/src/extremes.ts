import type { Fixture } from './corpus.js';
import type { FuzzInput } from './input.js';

/**
 * The inputs no fixture grows into by chance: the sizes and depths the issue names.
 * Made on demand (the 50 MB one only when it runs).
 */
export interface Extreme {
  name: string;
  ext: string;
  make(fixtures: Fixture[]): string | Uint8Array;
}

const MB = 1024 * 1024;
const C_CONNECT = 'int f(int fd, struct sockaddr *sa, socklen_t n) {\n  connect(fd, sa, n);\n';
const TS_HEADER = "import * as net from 'net';\n";

export const EXTREMES: readonly Extreme[] = [
  // Over the 16 MiB limit: skipped with a notice that says so.
  { name: 'file-50mb', ext: '.c', make: (fixtures) => repeatTo(cFixtures(fixtures), 50 * MB) },
  {
    name: 'line-5mb',
    ext: '.c',
    make: () => C_CONNECT.replace(/\n/g, ' ') + 'x = x + 1; '.repeat((5 * MB) / 11) + '}\n',
  },
  {
    name: 'line-5mb-minified',
    ext: '.js',
    make: () =>
      "const net=require('net');net.connect(80);" +
      'function a(b){return b+1}var c=[1,2].map(a);'.repeat((5 * MB) / 44),
  },
  {
    name: 'nested-parens-100k',
    ext: '.c',
    make: () => C_CONNECT + '  x = ' + '('.repeat(100_000) + '1' + ')'.repeat(100_000) + ';\n}\n',
  },
  {
    name: 'nested-blocks-100k',
    ext: '.c',
    make: () => C_CONNECT + '{'.repeat(100_000) + '}'.repeat(100_000) + '}\n',
  },
  { name: 'unclosed-blocks-100k', ext: '.c', make: () => C_CONNECT + '{'.repeat(100_000) },
  {
    name: 'nested-ifs-20k',
    ext: '.c',
    make: () =>
      'void f(int fd){ int r = connect(fd,0,0); ' + 'if (r) '.repeat(20_000) + 'return; }',
  },
  {
    name: 'nested-parens-100k',
    ext: '.ts',
    make: () =>
      TS_HEADER + 'net.connect(' + '('.repeat(100_000) + '1' + ')'.repeat(100_000) + ');\n',
  },
  {
    name: 'nested-blocks-100k',
    ext: '.ts',
    make: () =>
      TS_HEADER +
      'function f() {\n  net.connect(1);\n' +
      '{'.repeat(100_000) +
      '}'.repeat(100_000) +
      '}\n',
  },
  {
    name: 'connects-10k',
    ext: '.c',
    make: () => 'void f(int fd) {\n' + '  connect(fd, 0, 0);\n'.repeat(10_000) + '}\n',
  },
  {
    name: 'connects-10k-sockets',
    ext: '.ts',
    make: () => {
      let text = TS_HEADER + 'function f() {\n';
      for (let i = 0; i < 10_000; i++) text += `  const s${i} = net.connect(${i});\n`;
      return text + '}\n';
    },
  },
  {
    name: 'connects-10k-one-socket',
    ext: '.ts',
    make: () =>
      TS_HEADER +
      'function f() {\n  const s = new net.Socket();\n' +
      '  s.connect(1);\n'.repeat(10_000) +
      '}\n',
  },
  {
    name: 'nul-bytes',
    ext: '.c',
    make: (fixtures) =>
      Buffer.concat([Buffer.from(cFixtures(fixtures)), Buffer.from([0, 0, 1, 0])]),
  },
  {
    name: 'bom-crlf',
    ext: '.c',
    make: (fixtures) => '\ufeff' + cFixtures(fixtures).replace(/\n/g, '\r\n'),
  },
  { name: 'lone-cr', ext: '.ts', make: (fixtures) => tsFixtures(fixtures).replace(/\n/g, '\r') },
  { name: 'empty', ext: '.c', make: () => '' },
  { name: 'bom-only', ext: '.ts', make: () => '\ufeff' },
  {
    name: 'invalid-utf8-only',
    ext: '.c',
    make: () =>
      Uint8Array.from({ length: 4096 }, (_, i) => [0xff, 0xc3, 0xed, 0xa0][i % 4] as number),
  },
];

export function extremeInput(extreme: Extreme, fixtures: Fixture[]): FuzzInput {
  const made = extreme.make(fixtures);
  const bytes = typeof made === 'string' ? Buffer.from(made, 'utf8') : made;
  return {
    kind: `extreme:${extreme.name}`,
    ext: extreme.ext,
    bytes,
    large: bytes.length > 1024 * 1024,
  };
}

function cFixtures(fixtures: Fixture[]): string {
  return fixtures
    .filter((fixture) => fixture.ext === '.c')
    .map((fixture) => Buffer.from(fixture.bytes).toString('utf8'))
    .join('\n');
}

function tsFixtures(fixtures: Fixture[]): string {
  return fixtures
    .filter((fixture) => fixture.ext !== '.c')
    .map((fixture) => Buffer.from(fixture.bytes).toString('utf8'))
    .join('\n');
}

function repeatTo(text: string, bytes: number): string {
  return text.repeat(Math.ceil(bytes / Buffer.byteLength(text))).slice(0, bytes);
}

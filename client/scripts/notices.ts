import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Metafile } from 'esbuild';
import { grammarWasmPath, LANGUAGES, resourceDir } from 'connectlint';

/**
 * THIRD_PARTY_NOTICES.txt: the licence of every npm package whose code the bundles hold
 * (read from esbuild's metafiles, so the list follows the bundles), of the grammars and
 * of web-tree-sitter (shipped as .wasm), and of the connect(2) page the hovers quote.
 */
export function thirdPartyNotices(metafiles: Metafile[]): string {
  const packages = new Set<string>();
  for (const metafile of metafiles)
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      // Inputs are relative to the working folder esbuild ran in.
      if (match?.[1]) packages.add(resolve(match[1]));
    }
  const require = createRequire(import.meta.url);
  for (const spec of LANGUAGES) packages.add(dirname(grammarWasmPath(spec)));
  packages.add(dirname(require.resolve('web-tree-sitter/web-tree-sitter.wasm')));
  const sections = [...packages]
    .map((dir) => ({ dir, manifest: readPackage(dir) }))
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name))
    .map(({ dir, manifest }) => {
      const file = readdirSync(dir).find((name) => /^licen[cs]e/i.test(name));
      const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `(${manifest.license})`;
      return `${manifest.name} ${manifest.version} (${manifest.license})\n\n${text}`;
    });
  const page = JSON.parse(
    readFileSync(`${resourceDir('data')}connect.2.freebsd-13.1.json`, 'utf8'),
  ) as { source: string; copyright: string; license: string; licenseText: string };
  sections.push(
    `The connect(2) manual page, FreeBSD 13.1 (${page.license}), in resources/data/\n\n${page.copyright}\n\n${page.licenseText}`,
  );
  return `connectlint for VS Code includes the following third-party software and text.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

function readPackage(dir: string): { name: string; version: string; license: string } {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) throw new Error(`no package.json in ${dir}`);
  return JSON.parse(readFileSync(file, 'utf8')) as {
    name: string;
    version: string;
    license: string;
  };
}

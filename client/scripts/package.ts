/**
 * `npm run package`: the bundles, then `client/connectlint-<version>.vsix`. Everything
 * the extension runs is in the bundles and out/resources/, so vsce is told to take no
 * dependencies (it would otherwise run `npm list` and copy node_modules).
 */
import { createVSIX } from '@vscode/vsce';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.js';
import { CLIENT_DIR, vsixPath } from './paths.js';

export async function packageExtension(): Promise<string> {
  await bundle();
  const packagePath = vsixPath();
  await createVSIX({ cwd: CLIENT_DIR, packagePath, dependencies: false });
  return packagePath;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = await packageExtension();
  console.log(`${path}: ${(statSync(path).size / 1024).toFixed(0)} KiB`);
}

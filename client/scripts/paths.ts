import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `client/` (this file is compiled to `client/dist/scripts/`). */
export const CLIENT_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** What ships: the two bundles and the engine's files, `out/resources/`. */
export const OUT_DIR = join(CLIENT_DIR, 'out');
export const MANIFEST_FILE = join(CLIENT_DIR, 'package.json');

export interface Manifest {
  name: string;
  version: string;
  main: string;
  activationEvents: string[];
  contributes: { configuration: unknown; commands: { command: string }[] };
  [key: string]: unknown;
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
}

/** `client/connectlint-<version>.vsix`, what `npm run package` makes. */
export function vsixPath(): string {
  return join(CLIENT_DIR, `connectlint-${readManifest().version}.vsix`);
}

import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where install-editor.sh keeps what it downloads, and its env.json. */
export const E2E_CACHE =
  process.env.CONNECTLINT_E2E_CACHE ?? join(homedir(), '.cache/connectlint-e2e');

/** What install-editor.sh installed: Node 24, code-server's entry, Debian's chromium. */
export interface EditorTools {
  node: string;
  codeServer: string;
  chromium: string;
}

export function editorTools(): EditorTools {
  const file = join(E2E_CACHE, 'env.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run test:editor\`, which installs the editor`);
  const tools = JSON.parse(readFileSync(file, 'utf8')) as EditorTools;
  for (const [name, path] of Object.entries(tools))
    if (!path || !existsSync(path))
      throw new Error(`${name} (${path}) is missing: run client/test/e2e/install-editor.sh`);
  return tools;
}

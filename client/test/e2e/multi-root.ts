import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { WAIT_MS, type Workbench } from './workbench.js';

/**
 * Opens a `.code-workspace` file in the window of `bench` and waits until the explorer shows
 * each of `roots` (the workspace's folders, by name).
 *
 * VS Code 1.139 in a browser can open a workspace file it has never seen with none of its
 * folders, and never add them. Its `WorkspaceService` (workbench/services/configuration/
 * browser/configurationService.ts) builds the workspace from the configuration cache (empty
 * the first time) while the file itself is read from the remote in the background; when
 * that read ends after `createMultiFolderWorkspace` took the cached folders but before
 * `updateWorkspaceAndInitializeConfiguration` stored the workspace, its change event finds
 * no workspace and is dropped, and the workspace is then marked initialized with no folder.
 * Seen with code-server's workbench.js instrumented at those three places (issue 19's
 * note): each window that stayed empty had exactly that order, 1 to 5 times in 12 opens on
 * a loaded 2-core machine; no window with another order stayed empty.
 *
 * A user sees "No Folder Opened" under the workspace's name. VS Code watches the file, and on
 * a change reads it again, this time with a workspace to take the folders: so the file is
 * written again (the same JSON, one more trailing newline each time) until the explorer
 * shows a root, a write each 2 s at most, bounded by WAIT_MS (the first write can come
 * before VS Code's watch is set up: seen taking 1 to 3 writes). Reloading the window is no
 * cure: VS Code's cache still has no folder, and the race is drawn again. The log says it
 * happened (`say`), and a window that still lacks a folder fails the step.
 */
export async function openWorkspace(options: {
  bench: Workbench;
  url: string;
  file: string;
  roots: string[];
  say: (message: string) => void;
}): Promise<void> {
  const { bench, url, file, roots, say } = options;
  await bench.load(url, { workspace: file });
  const rows = bench.explorerRows(1);
  await rows.first().or(bench.explorerEmpty()).first().waitFor({ timeout: WAIT_MS });
  if (await bench.explorerEmpty().isVisible()) {
    await bench.screenshot('workspace opened without its folders');
    const writes = await writeUntilRead(file, rows.first());
    say(
      `VS Code opened ${file} with no folder (its first-open race, see multi-root.ts); ` +
        `it read the file again after ${writes} write(s) of it`,
    );
  }
  for (const root of roots) await rows.filter({ hasText: root }).waitFor({ timeout: WAIT_MS });
}

/** Writes `file` again until `shown` is visible; returns how many writes it took. */
async function writeUntilRead(file: string, shown: Locator): Promise<number> {
  const text = readFileSync(file, 'utf8');
  const deadline = Date.now() + WAIT_MS;
  let writes = 0;
  while (!(await shown.isVisible())) {
    if (Date.now() > deadline)
      throw new Error(`VS Code did not read ${file} again after ${writes} writes`);
    writes += 1;
    writeFileSync(file, text + '\n'.repeat(writes));
    await shown.waitFor({ timeout: 2_000 }).catch(() => undefined);
  }
  return writes;
}

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { vsixPath } from '../../scripts/paths.js';
import { CodeServer, EXTENSION_ID } from './code-server.js';
import type { EditorTools } from './tools.js';
import { WAIT_MS, Workbench, type Screenshots } from './workbench.js';

/** A code-server with the packaged extension installed, and a browser on its workbench. */
export class EditorSession {
  /** The window last opened. */
  bench!: Workbench;

  private constructor(
    readonly server: CodeServer,
    private readonly browser: Browser,
    private readonly screenshots: Screenshots,
  ) {}

  /**
   * Installs the .vsix into a new code-server under `root` (failing unless VS Code then
   * lists the extension), starts it, and opens `folder` in chromium.
   */
  static async open(options: {
    tools: EditorTools;
    root: string;
    folder: string;
    workspaceTrust: boolean;
    screenshots: Screenshots;
  }): Promise<EditorSession> {
    const { tools, root, folder, workspaceTrust, screenshots } = options;
    const server = await CodeServer.create(tools, join(root, 'code-server'));
    const installed = server.installExtension(vsixPath());
    assert.ok(
      installed.some((id) => id === EXTENSION_ID || id.startsWith(`${EXTENSION_ID}@`)),
      `${EXTENSION_ID} is not among the installed extensions: ${installed.join(', ')}`,
    );
    await server.start({ workspaceTrust });
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({
        executablePath: tools.chromium,
        // Run as root in a container: chromium's sandbox needs namespaces it may not have.
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
      });
      const session = new EditorSession(server, browser, screenshots);
      await session.window({ folder });
      return session;
    } catch (error) {
      await browser?.close();
      await server.stop();
      throw error;
    }
  }

  /**
   * A new browser window on a folder or a `.code-workspace` file, as File > New Window
   * then Open does: the previous window stays as it was (navigating it away made it
   * save its state while the next workbench loaded, and a workspace once came up empty).
   */
  async window(query: { folder?: string; workspace?: string }): Promise<Workbench> {
    const page = await this.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    const bench = new Workbench(page, this.screenshots);
    await bench.openFolder(this.server.url, query);
    this.bench = bench;
    return bench;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
  }
}

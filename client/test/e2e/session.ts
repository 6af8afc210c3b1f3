import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { vsixPath } from '../../scripts/paths.js';
import { CodeServer, EXTENSION_ID } from './code-server.js';
import { openWorkspace } from './multi-root.js';
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
      await session.openFolder(folder);
      return session;
    } catch (error) {
      await browser?.close();
      await server.stop();
      throw error;
    }
  }

  /** A new window on a folder; it becomes `bench`. */
  async openFolder(folder: string): Promise<Workbench> {
    const bench = await this.newWindow();
    await bench.openFolder(this.server.url, folder);
    return bench;
  }

  /** A new window on a `.code-workspace` file, up when the explorer shows each of `roots`. */
  async openWorkspace(file: string, roots: string[], say: (message: string) => void) {
    const bench = await this.newWindow();
    await openWorkspace({ bench, url: this.server.url, file, roots, say });
    return bench;
  }

  /**
   * A new browser window, as File > New Window does: the previous one stays as it was
   * (navigating it away made it save its state while the next workbench loaded). It is
   * `bench` before it loads, so that a failed step's screenshot shows it.
   */
  private async newWindow(): Promise<Workbench> {
    const page = await this.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    this.bench = new Workbench(page, this.screenshots);
    return this.bench;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
  }
}

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { EditorTools } from './tools.js';

/** The extension's id, as VS Code lists it. */
export const EXTENSION_ID = 'connectlint.connectlint-vscode';

/**
 * User settings that keep the workbench quiet and predictable: no welcome page, no
 * tips or update checks, hovers quick to show. Nothing about connectlint.
 */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 150,
  'files.autoSave': 'off',
  'git.enabled': false,
  // The test's TypeScript has no @types/node: only connectlint's squiggles are counted.
  'typescript.validate.enable': false,
  'javascript.validate.enable': false,
};

/** A free loopback port: bound, read, released. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * One code-server (VS Code with its real extension host, served to a browser) whose
 * every folder is inside `root`: HOME, the XDG folders and TMPDIR too, since it writes
 * ~/.config/code-server and sockets in /tmp otherwise. The extension gallery points at a
 * closed loopback port, so nothing is looked up.
 */
export class CodeServer {
  readonly url: string;
  private process: ChildProcess | undefined;
  readonly log: string[] = [];

  private constructor(
    private readonly tools: EditorTools,
    private readonly root: string,
    readonly port: number,
    private readonly galleryPort: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    for (const folder of ['home', 'config', 'data', 'cache', 'tmp', 'extensions', 'user/User'])
      mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, 'user/User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  }

  static async create(tools: EditorTools, root: string): Promise<CodeServer> {
    return new CodeServer(tools, root, await freePort(), await freePort());
  }

  private env(): NodeJS.ProcessEnv {
    const { root } = this;
    return {
      PATH: process.env.PATH,
      LANG: 'C.UTF-8',
      HOME: join(root, 'home'),
      XDG_CONFIG_HOME: join(root, 'config'),
      XDG_DATA_HOME: join(root, 'data'),
      XDG_CACHE_HOME: join(root, 'cache'),
      TMPDIR: join(root, 'tmp'),
      EXTENSIONS_GALLERY: JSON.stringify({
        serviceUrl: `http://127.0.0.1:${this.galleryPort}/gallery`,
        itemUrl: `http://127.0.0.1:${this.galleryPort}/item`,
      }),
    };
  }

  private folders(): string[] {
    return [
      '--extensions-dir',
      join(this.root, 'extensions'),
      '--user-data-dir',
      join(this.root, 'user'),
    ];
  }

  /** `code-server --install-extension`: offline, from the file. Returns what it lists after. */
  installExtension(vsix: string): string[] {
    const run = (args: string[]) => {
      const result = spawnSync(
        this.tools.node,
        [this.tools.codeServer, ...args, ...this.folders()],
        {
          env: this.env(),
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      if (result.status !== 0)
        throw new Error(`code-server ${args.join(' ')}: ${result.stderr}${result.stdout}`);
      return result.stdout;
    };
    run(['--install-extension', vsix]);
    return run(['--list-extensions'])
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  }

  /** Starts it in its own process group and waits (bounded) for /healthz. */
  async start({ workspaceTrust }: { workspaceTrust: boolean }): Promise<void> {
    const args = [
      this.tools.codeServer,
      '--bind-addr',
      `127.0.0.1:${this.port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      ...this.folders(),
    ];
    const child = spawn(this.tools.node, args, {
      env: this.env(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    const keep = (chunk: Buffer) => this.log.push(chunk.toString());
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`code-server exited (${child.exitCode}): ${this.log.join('')}`);
      try {
        const response = await fetch(`${this.url}/healthz`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`code-server did not answer /healthz in 90 s: ${this.log.join('')}`);
  }

  /** Ends the whole process group (code-server forks its extension host and servers). */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = new Promise((resolve) => setTimeout(resolve, 10_000, 'timeout'));
    if ((await Promise.race([exited, timer])) === 'timeout') {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

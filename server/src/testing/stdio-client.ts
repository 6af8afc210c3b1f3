import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** This package's server, built: what the tests start unless told otherwise. */
export const SERVER = fileURLToPath(
  new URL('../../../bin/connectlint-language-server.js', import.meta.url),
);

export interface StdioClientOptions {
  /** The server's file (default: this package's); the packaged extension's, say. */
  server?: string;
  /** Options for node itself, e.g. an `--import` hook a test needs. */
  nodeArgs?: string[];
  cwd?: string;
}

/**
 * A real LSP client over stdio, for the tests of every package that needs one
 * (the server's, the extension's smoke test, the fuzz harness): the server as a
 * child process, and vscode-languageserver-protocol's client connection talking
 * to it. It records what the server pushes and logs, answers configuration
 * requests with `configuration`, and survives a server that dies.
 */
export class StdioClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  /** Every push, by document URI, in order. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** Messages the server logged or showed, and its stderr. */
  readonly logs: string[] = [];
  /** `window/logMessage` errors (type 1): an exception the server caught and logged. */
  readonly errors: string[] = [];
  configuration: Record<string, unknown> = {};
  configurationRequests = 0;
  exited = false;

  constructor(options: StdioClientOptions = {}) {
    this.process = spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), options.server ?? SERVER, '--stdio'],
      { ...(options.cwd ? { cwd: options.cwd } : {}), stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.process.on('exit', () => (this.exited = true));
    // A broken pipe when the server dies is the outcome a test looks at, not a crash of its own.
    this.process.stdin?.on('error', () => undefined);
    this.process.stderr?.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    const c = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection = c;
    c.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
    });
    c.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.logs.push(params.message);
      if (params.type === 1) this.errors.push(params.message);
    });
    c.onNotification('window/showMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    c.onRequest('workspace/configuration', () => {
      this.configurationRequests++;
      return [this.configuration];
    });
    c.onRequest('window/showMessageRequest', (params: { message: string }) => {
      this.logs.push(params.message);
      return null;
    });
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => null);
    c.onError(() => undefined);
    c.onClose(() => undefined);
    c.listen();
  }

  /** `initialize` with an editor's usual capabilities (`pull`: LSP 3.17 diagnostics), then `initialized`. */
  async initialize(
    options: { pull?: boolean; rootUri?: string | null } = {},
  ): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** A request that fails after `timeoutMs` instead of waiting forever. */
  request<T>(method: string, params: unknown, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new TimeoutError(method, timeoutMs)), timeoutMs);
      this.connection.sendRequest(method, params).then(
        (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** The push for `uri` after `after` earlier ones, once it arrives. */
  async diagnostics(uri: string, after = 0, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const started = Date.now();
    for (;;) {
      const list = this.published.get(uri) ?? [];
      if (list.length > after) return list[list.length - 1] as PublishDiagnosticsParams;
      if (Date.now() - started > timeoutMs)
        throw new Error(`no diagnostics for ${uri}; the server said:\n${this.logs.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Shuts the server down as an editor does, and waits for it to exit. */
  async close(): Promise<void> {
    if (!this.exited) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
      await exited;
    }
    this.connection.dispose();
  }

  /** Ends the server however the test went. */
  kill(): void {
    if (!this.exited) this.process.kill('SIGKILL');
    this.connection.dispose();
  }
}

export class TimeoutError extends Error {
  constructor(method: string, ms: number) {
    super(`${method}: no answer within ${ms} ms`);
  }
}

/** Runs `body` with a fresh server, which is stopped afterwards even if `body` throws. */
export async function withClient(
  body: (client: StdioClient) => Promise<void>,
  options: StdioClientOptions = {},
): Promise<void> {
  const client = new StdioClient(options);
  try {
    await body(client);
  } finally {
    client.kill();
  }
}

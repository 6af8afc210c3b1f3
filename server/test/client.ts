import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = fileURLToPath(
  new URL('../../bin/connectlint-language-server.js', import.meta.url),
);

/**
 * A real LSP client over stdio: the built server as a child process, and
 * vscode-languageserver-protocol's client connection talking to it.
 */
export class TestClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly logs: string[] = [];
  configuration: Record<string, unknown> = {};
  configurationRequests = 0;

  /** `nodeArgs`: options for node itself, e.g. an `--import` hook a test needs. */
  constructor(nodeArgs: string[] = []) {
    this.process = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: PublishDiagnosticsParams) => {
        this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
      },
    );
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onNotification('window/showMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest('workspace/configuration', () => {
      this.configurationRequests++;
      return [this.configuration];
    });
    this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      this.logs.push(params.message);
      return null;
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  async initialize(options: { pull?: boolean; rootUri?: string | null } = {}) {
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

  /** The next push for `uri` (after `after` pushes), as it arrives. */
  async diagnostics(uri: string, after = 0, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const started = Date.now();
    for (;;) {
      const list = this.published.get(uri) ?? [];
      if (list.length > after) return list[list.length - 1] as PublishDiagnosticsParams;
      if (Date.now() - started > timeoutMs) throw new Error(`no diagnostics for ${uri}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Ends the server however the test went. */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }

  async close(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await new Promise((resolve) => this.process.once('exit', resolve));
    this.connection.dispose();
  }
}

/** Runs `body` with a fresh server, which is stopped afterwards even if `body` throws. */
export async function withClient(
  body: (client: TestClient) => Promise<void>,
  nodeArgs: string[] = [],
): Promise<void> {
  const client = new TestClient(nodeArgs);
  try {
    await body(client);
  } finally {
    client.kill();
  }
}

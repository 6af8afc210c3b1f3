import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/**
 * An editor's side of LSP over stdio, for a server given by its file: the packaged
 * extension's out/server.mjs, started as VS Code would, from a folder of our choosing.
 */
export class StdioClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly logs: string[] = [];

  constructor(serverFile: string, cwd: string) {
    this.process = spawn(process.execPath, [serverFile, '--stdio'], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: PublishDiagnosticsParams) => {
        this.published.set(params.uri, params);
      },
    );
    for (const method of ['window/logMessage', 'window/showMessage'])
      this.connection.onNotification(method, ({ message }: { message: string }) => {
        this.logs.push(message);
      });
    this.connection.onRequest('workspace/configuration', () => [{}]);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  initialize(): Promise<unknown> {
    return this.connection
      .sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {
          textDocument: {
            hover: { contentFormat: ['markdown'] },
            publishDiagnostics: { relatedInformation: true },
          },
          workspace: { configuration: true },
        },
      })
      .then(async (result) => {
        await this.connection.sendNotification('initialized', {});
        return result;
      });
  }

  open(uri: string, languageId: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** The diagnostics pushed for `uri`, once they arrive. */
  async diagnostics(uri: string, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const started = Date.now();
    for (;;) {
      const published = this.published.get(uri);
      if (published) return published;
      if (Date.now() - started > timeoutMs)
        throw new Error(`no diagnostics for ${uri}; server said:\n${this.logs.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async close(): Promise<void> {
    if (this.process.exitCode === null) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
      await exited;
    }
    this.connection.dispose();
  }

  /** Ends the server however the test went. */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}

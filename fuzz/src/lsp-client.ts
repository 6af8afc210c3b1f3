import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const SERVER = fileURLToPath(
  new URL('../../../server/bin/connectlint-language-server.js', import.meta.url),
);

/** The built language server as a child process, and a client connection to it over stdio. */
export class LspClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  /** `window/logMessage` errors (type 1): an exception the server caught and logged. */
  readonly errors: string[] = [];
  readonly logs: string[] = [];
  exited = false;

  constructor(args: string[] = []) {
    this.process = spawn(process.execPath, [...args, SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.on('exit', () => (this.exited = true));
    // Broken pipes when the server dies are the outcome we report, not a harness crash.
    this.process.stdin?.on('error', () => undefined);
    this.process.stderr?.resume();
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(
      'window/logMessage',
      (params: { type: number; message: string }) => {
        this.logs.push(params.message);
        if (params.type === 1) this.errors.push(params.message);
      },
    );
    this.connection.onNotification('textDocument/publishDiagnostics', () => undefined);
    this.connection.onRequest('workspace/configuration', () => [{}]);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onError(() => undefined);
    this.connection.onClose(() => undefined);
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown'] },
          publishDiagnostics: { relatedInformation: true },
          diagnostic: { dynamicRegistration: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
        workspace: { configuration: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** A request that fails instead of waiting forever. */
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

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

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

import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** A language server started over stdio, as an editor starts it, for the benchmarks. */
export interface StartedServer {
  child: ChildProcess;
  connection: ProtocolConnection;
  /** Asks it to shut down and exit, and waits until it has. */
  stop(): Promise<void>;
}

/**
 * Spawns `node script --stdio` and connects to it; `before` may register
 * handlers before the connection listens (a notification to time). The
 * client answers configuration requests with no settings. Call `initialize`.
 */
export function startServer(
  script: string,
  options: { cwd?: string; before?: (connection: ProtocolConnection) => void } = {},
): StartedServer {
  // PROF=<dir>: the server writes a V8 CPU profile there when it exits (a profile of its edits).
  const profile = process.env.PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF}`] : [];
  const child = spawn(process.execPath, [...profile, script, '--stdio'], {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  options.before?.(connection);
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  return {
    child,
    connection,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

/** `initialize` then `initialized`; `pull`: the client asks for diagnostics (LSP 3.17). */
export async function initialize(connection: ProtocolConnection, pull: boolean): Promise<void> {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      ...(pull ? { textDocument: { diagnostic: {} } } : {}),
      workspace: { configuration: true },
    },
  });
  await connection.sendNotification('initialized', {});
}

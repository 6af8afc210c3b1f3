import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ConnectlintServer } from './server.js';

/**
 * Starts the server on the connection the command line asks for (`--stdio`,
 * `--node-ipc`, `--socket=N`). A failure in one request is logged by the
 * connection and answered as an error; the process never exits on its own.
 */
export function start(): void {
  const connection = createConnection(ProposedFeatures.all);
  new ConnectlintServer(connection).register();
  process.on('uncaughtException', (error) =>
    connection.console.error(`connectlint: ${error.stack ?? error}`),
  );
  connection.listen();
}

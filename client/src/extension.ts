import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerExplainView, showExplanation } from './explain-view.js';
import { DOCUMENT_LANGUAGES, EXPLAIN_COMMAND } from './languages.js';
import { serverSection } from './settings.js';

/**
 * The extension is a thin client: it starts the bundled language server (out/server.mjs,
 * the engine and its grammars inside) and shows what the server sends. Nothing of the
 * engine is loaded here.
 */
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('connectlint', { log: true });
  const module = context.asAbsolutePath('out/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    middleware: {
      // The server's section is a config file's schema: no client-only keys in it.
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          return Array.isArray(result) ? result.map(serverSection) : result;
        },
      },
      // The server answers `connectlint.explain` (its code action on an errno) with
      // markdown; in VS Code that is shown in a read-only editor, not dropped.
      executeCommand: async (command, args, next) =>
        command === EXPLAIN_COMMAND && typeof args[0] === 'string'
          ? showExplanation(args[0])
          : next(command, args),
    },
  };
  const started = new LanguageClient('connectlint', 'connectlint', serverOptions, clientOptions);
  client = started;
  context.subscriptions.push(
    output,
    registerExplainView(
      (topic) =>
        started.sendRequest(ExecuteCommandRequest.type, {
          command: EXPLAIN_COMMAND,
          arguments: [topic],
        }) as Promise<string | null>,
    ),
    vscode.commands.registerCommand('connectlint.showManPage', () => showExplanation('connect')),
    vscode.commands.registerCommand('connectlint.restartServer', () => started.restart()),
  );
  await started.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

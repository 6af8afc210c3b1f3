import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { leaveCommandsToExtension } from './extension-commands.js';
import { registerExplainView, showExplanation } from './explain-view.js';
import { FolderClients, LINTED_SCHEMES, ownedBy } from './folder-clients.js';
import { DOCUMENT_LANGUAGES, EXPLAIN_COMMAND } from './languages.js';
import { ownedDocumentsOnly } from './owned-documents.js';
import { serverSection } from './settings.js';

/**
 * The extension is a thin client: it starts the bundled language server (out/server.mjs,
 * the engine and its grammars inside), one per workspace folder, and shows what they
 * send. Nothing of the engine is loaded here.
 */
let clients: FolderClients | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('connectlint', { log: true });
  const module = context.asAbsolutePath('out/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6009'] } },
  };
  const start = (folder: vscode.WorkspaceFolder | undefined): LanguageClient => {
    const owned = ownedDocumentsOnly((uri) => ownedBy(uri, folder));
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_LANGUAGES.flatMap((language) =>
        LINTED_SCHEMES.map((scheme) => ({ scheme, language })),
      ),
      workspaceFolder: folder,
      outputChannel: output,
      middleware: {
        ...owned,
        workspace: {
          // The server asks for its section without a scope; a folder's own settings are
          // read for it. The section is a config file's schema: no client-only keys in it.
          configuration: async (params, token, next) => {
            const scopeUri = folder?.uri.toString();
            const items = params.items.map((item) => ({ scopeUri, ...item }));
            const result = await next({ ...params, items }, token);
            return Array.isArray(result) ? result.map(serverSection) : result;
          },
        },
      },
    };
    const name = folder ? `connectlint (${folder.name})` : 'connectlint';
    const client = new LanguageClient('connectlint', name, serverOptions, clientOptions);
    leaveCommandsToExtension(client, [EXPLAIN_COMMAND]);
    void client.start();
    return client;
  };
  const started = new FolderClients(start);
  clients = started;
  context.subscriptions.push(
    output,
    started,
    registerExplainView(
      (topic) =>
        started.any().sendRequest(ExecuteCommandRequest.type, {
          command: EXPLAIN_COMMAND,
          arguments: [topic],
        }) as Promise<string | null>,
    ),
    // The server answers `connectlint.explain` (its code action on an errno) with
    // markdown; in VS Code that is shown in a read-only editor, not dropped.
    vscode.commands.registerCommand(EXPLAIN_COMMAND, (topic: unknown) =>
      typeof topic === 'string' ? showExplanation(topic) : undefined,
    ),
    vscode.commands.registerCommand('connectlint.showManPage', () => showExplanation('connect')),
    vscode.commands.registerCommand('connectlint.restartServer', () => started.restart()),
  );
}

export async function deactivate(): Promise<void> {
  await clients?.dispose();
  clients = undefined;
}

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_LANGUAGES } from './languages.js';

/** Starts the server for one workspace folder, or for the files in none (`undefined`). */
export type StartClient = (folder: vscode.WorkspaceFolder | undefined) => LanguageClient;

/**
 * One language server per workspace folder, started when the folder's first C or Node
 * file opens, and one for untitled files and files outside every folder. A folder of a
 * multi-root workspace has its own `connectlint.*` settings (they are `resource`-scoped),
 * its own `connectlint.config.json` and its own helpers in its other files; the server
 * knows one folder, so each folder gets its own (as vscode-extension-samples'
 * lsp-multi-server-sample does).
 */
export class FolderClients implements vscode.Disposable {
  private readonly clients = new Map<string, LanguageClient>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly start: StartClient) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.open(document)),
      vscode.workspace.onDidChangeWorkspaceFolders(({ removed }) => {
        for (const folder of removed) void this.stop(folder.uri.toString());
      }),
    ];
    for (const document of vscode.workspace.textDocuments) this.open(document);
  }

  /** Any running server (the man page is the same in each); started for no folder if none runs. */
  any(): LanguageClient {
    const running = this.clients.values().next();
    return running.done ? this.clientFor(undefined) : running.value;
  }

  async restart(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.restart()));
  }

  async dispose(): Promise<void> {
    for (const subscription of this.subscriptions) subscription.dispose();
    await Promise.all([...this.clients.keys()].map((key) => this.stop(key)));
  }

  private open(document: vscode.TextDocument): void {
    if (!isLinted(document)) return;
    this.clientFor(owningFolder(document.uri));
  }

  private clientFor(folder: vscode.WorkspaceFolder | undefined): LanguageClient {
    const key = folder?.uri.toString() ?? '';
    let client = this.clients.get(key);
    if (!client) {
      client = this.start(folder);
      this.clients.set(key, client);
    }
    return client;
  }

  private async stop(key: string): Promise<void> {
    const client = this.clients.get(key);
    this.clients.delete(key);
    await client?.stop();
  }
}

/** The schemes whose documents are linted: files and unsaved editors. */
export const LINTED_SCHEMES = ['file', 'untitled'] as const;

/** A C or Node document the servers lint: no server starts for a folder of markdown. */
function isLinted(document: vscode.TextDocument): boolean {
  return (
    (LINTED_SCHEMES as readonly string[]).includes(document.uri.scheme) &&
    (DOCUMENT_LANGUAGES as readonly string[]).includes(document.languageId)
  );
}

/** The innermost workspace folder of a file; untitled files belong to none. */
export function owningFolder(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
  return uri.scheme === 'file' ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
}

/** Whether a document is the business of the server started for `folder`. */
export function ownedBy(uri: vscode.Uri, folder: vscode.WorkspaceFolder | undefined): boolean {
  return owningFolder(uri)?.uri.toString() === folder?.uri.toString();
}

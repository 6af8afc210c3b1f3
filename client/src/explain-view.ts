import * as vscode from 'vscode';

/** Read-only documents: `connectlint:<topic>.md`, rendered by the server. */
export const EXPLAIN_SCHEME = 'connectlint';

/** A topic the server explains: `connect` (the whole page), an errno, a rule id. */
export type Explain = (topic: string) => Promise<string | null | undefined>;

/**
 * Documents of a custom scheme are read-only in VS Code: the man page is shown the
 * way it is written, never edited. The `.md` name gives them markdown highlighting.
 */
export function registerExplainView(explain: Explain): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, {
    async provideTextDocumentContent(uri) {
      const topic = uri.path.replace(/\.md$/, '');
      return (await explain(topic)) ?? `connectlint has no page on '${topic}'.\n`;
    },
  });
}

export async function showExplanation(topic: string): Promise<void> {
  const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `${topic}.md` });
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), {
    preview: true,
  });
}

import { pathToFileURL } from 'node:url';
import { languageForPath } from 'connectlint';
import { StdioClient } from 'connectlint-language-server/dist/src/testing/stdio-client.js';
import type { FaceFinding, Fixture } from './fixtures.js';
import { byConfig } from './fixtures.js';

/** A `textDocument/diagnostic` answer, as much of it as the faces read. */
export interface PulledDiagnostics {
  items: {
    range: { start: { line: number } };
    code: string;
    message: string;
    data?: { messageId?: string };
  }[];
}

/**
 * The language server as a face: one server process over stdio per distinct
 * fixture configuration, given as the editor's `connectlint` section (what
 * `workspace/configuration` answers). Each fixture is opened with its
 * language's LSP id, as an editor would, and its diagnostics pulled.
 */
export async function serverFace(fixtures: Fixture[]): Promise<Map<Fixture, FaceFinding[]>> {
  const groups = byConfig(fixtures);
  const found = new Map<Fixture, FaceFinding[]>();
  for (const [config, group] of groups) {
    const client = new StdioClient();
    client.configuration = JSON.parse(config) as Record<string, unknown>;
    try {
      await client.initialize({ pull: true });
      // The server asks for its settings after `initialized`; the files go after the answer.
      for (let waited = 0; client.configurationRequests === 0; waited += 10) {
        if (waited > 10_000) throw new Error('the server never asked for its settings');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      for (const fixture of group) {
        const uri = pathToFileURL(fixture.path).href;
        const languageId = languageForPath(fixture.path)?.lspIds[0];
        if (!languageId) throw new Error(`${fixture.name}: no language serves it`);
        await client.open(uri, languageId, fixture.text);
        found.set(fixture, await pulledFindings(client, uri));
      }
    } finally {
      await client.close();
    }
  }
  return found;
}

/** A document's diagnostics, pulled, as the grammar tests compare them. */
export async function pulledFindings(client: StdioClient, uri: string): Promise<FaceFinding[]> {
  const report = await client.request<PulledDiagnostics>(
    'textDocument/diagnostic',
    { textDocument: { uri } },
    30_000,
  );
  return report.items.map((d) => ({
    line: d.range.start.line + 1,
    ruleId: String(d.code),
    message: d.message,
    messageId: d.data?.messageId ?? '',
  }));
}

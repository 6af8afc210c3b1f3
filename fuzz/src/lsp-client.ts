/** The fuzz harness's LSP client: the server package's test client, on the built server. */
import { StdioClient } from 'connectlint-language-server/dist/src/testing/stdio-client.js';

export { SERVER, TimeoutError } from 'connectlint-language-server/dist/src/testing/stdio-client.js';

/** Asks for pulled diagnostics, as the fuzz faces read them. */
export class LspClient extends StdioClient {
  override async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    return super.initialize({ pull: true });
  }
}

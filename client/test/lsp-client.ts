/** The smoke test's LSP client: the server package's, pointed at the packaged extension's server. */
import { StdioClient as ServerTestClient } from 'connectlint-language-server/dist/src/testing/stdio-client.js';

/** The packaged extension's `out/server.mjs`, started as VS Code would, from a folder of our choosing. */
export class StdioClient extends ServerTestClient {
  constructor(serverFile: string, cwd: string) {
    super({ server: serverFile, cwd });
  }
}

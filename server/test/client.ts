/** The tests' LSP client: the one every package's tests use (see src/testing). */
export { SERVER, StdioClient as TestClient, withClient } from '../src/testing/stdio-client.js';

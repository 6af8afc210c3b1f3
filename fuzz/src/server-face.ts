import { decode, languageIdFor, loadFactor, timeBound, type FuzzInput } from './input.js';
import { LspClient, TimeoutError } from './lsp-client.js';
import type { Outcome } from './outcome.js';
import type { Random } from './prng.js';

const CANARY_URI = 'file:///fuzz/canary.c';
const CANARY = 'void f(int fd) {\n  connect(fd, 0, 0);\n}\n';

/**
 * The server face: one server for the whole run. Each input is opened, edited
 * (ranges sometimes out of bounds, versions sometimes out of order), asked for
 * diagnostics, hovers and code actions, and closed. A canary document opened at
 * the start must keep its one finding: the server serves the others whatever
 * one document does. A server that dies or stops answering is restarted.
 */
export class ServerFace {
  private client: LspClient | undefined;
  private count = 0;

  private async ready(): Promise<LspClient> {
    if (this.client && !this.client.exited) return this.client;
    this.client?.kill();
    const client = new LspClient();
    this.client = client;
    await client.initialize();
    await client.notify('textDocument/didOpen', {
      textDocument: { uri: CANARY_URI, languageId: 'c', version: 1, text: CANARY },
    });
    return client;
  }

  async run(input: FuzzInput, random: Random): Promise<Outcome> {
    const started = Date.now();
    const bound = timeBound(input);
    let client: LspClient;
    try {
      client = await this.ready();
    } catch (error) {
      return { status: 'crash', ms: 0, detail: `the server did not start: ${String(error)}` };
    }
    const errorsBefore = client.errors.length;
    const uri = `file:///fuzz/input-${this.count++}${input.ext}`;
    const text = decode(input.bytes);
    try {
      await client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: languageIdFor(input.ext), version: 1, text },
      });
      let version = 1;
      for (let n = random.int(4); n > 0; n--) {
        // Now and then an older version, which the server must ignore.
        version = random.chance(0.1) ? version - 1 : version + 1;
        await client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [randomChange(text, random)],
        });
      }
      await client.request('textDocument/diagnostic', { textDocument: { uri } }, bound);
      const position = randomPosition(text, random);
      await client.request('textDocument/hover', { textDocument: { uri }, position }, bound);
      await client.request(
        'textDocument/codeAction',
        {
          textDocument: { uri },
          range: { start: position, end: randomPosition(text, random) },
          context: { diagnostics: [] },
        },
        bound,
      );
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      if (this.count % 20 === 0) await this.checkCanary(client);
    } catch (error) {
      const ms = Date.now() - started;
      const hang = error instanceof TimeoutError;
      this.client?.kill();
      this.client = undefined;
      return { status: hang ? 'hang' : 'crash', ms, detail: String(error) };
    }
    const ms = Date.now() - started;
    if (client.exited) return { status: 'crash', ms, detail: 'the server exited' };
    const logged = client.errors.slice(errorsBefore);
    if (logged.length > 0) return { status: 'crash', ms, detail: `logged: ${logged[0]}` };
    return { status: 'ok', ms };
  }

  private async checkCanary(client: LspClient): Promise<void> {
    const report = await client.request<{ items: { code?: unknown }[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri: CANARY_URI } },
      10_000 * loadFactor(),
    );
    const codes = report.items.map((item) => item.code).join(',');
    if (codes !== 'unchecked-return')
      throw new Error(`the canary document lost its finding: [${codes}]`);
  }

  close(): void {
    this.client?.kill();
    this.client = undefined;
  }
}

/** A whole-text or ranged change, the range sometimes past the end of the document. */
function randomChange(text: string, random: Random) {
  const from = random.int(text.length + 1);
  const piece = text.slice(from, from + random.int(200));
  if (random.chance(0.1)) return { text: piece };
  const start = randomPosition(text, random);
  const end = random.chance(0.5) ? start : randomPosition(text, random);
  return { range: { start, end }, text: piece };
}

function randomPosition(text: string, random: Random) {
  const lines = text.split('\n').length;
  return random.chance(0.1)
    ? { line: lines + random.int(1000), character: random.int(5000) }
    : { line: random.int(lines), character: random.int(120) };
}

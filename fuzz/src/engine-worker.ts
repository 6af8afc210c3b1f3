import { analyzeText, loadBackend, type ParserBackend } from 'connectlint';
import { fuzzSettings, violation } from './checks.js';
import { decode } from './input.js';
import type { EngineRequest, EngineReply } from './engine-face.js';

/**
 * The engine face, in a child process so the harness can kill it when an input
 * hangs. Runs analyzeText as every face does, and checks the result.
 */
const backends = new Map<string, ParserBackend>();
async function backend(name: 'native' | 'wasm'): Promise<ParserBackend> {
  let loaded = backends.get(name);
  if (!loaded) {
    loaded = await loadBackend(name);
    backends.set(name, loaded);
  }
  return loaded;
}

function check(
  parser: ParserBackend,
  request: EngineRequest,
  bytes: Uint8Array,
): string | undefined {
  const text = decode(bytes);
  const settings = fuzzSettings(request.reportUnused);
  settings.platform = request.platform;
  try {
    const { result } = analyzeText(parser, `/fuzz/input${request.ext}`, text, settings);
    return violation(result, text);
  } catch (error) {
    return `threw: ${error instanceof Error ? error.stack : String(error)}`;
  }
}

const send = process.send?.bind(process);
if (!send) throw new Error('engine-worker.js runs only as a child process with an IPC channel');
// The harness gone (killed, or crashed itself): nothing is left to answer.
process.on('disconnect', () => process.exit(0));
process.on('message', (request: EngineRequest) => {
  void backend(request.backend).then((parser) => {
    let reply: EngineReply = { id: request.id, count: 0 };
    // A sweep truncates the input at every byte of a range: one input per cut.
    const { from, to } = request.sweep ?? { from: request.bytes.length, to: request.bytes.length };
    for (let cut = from; cut <= to; cut++) {
      const bytes = request.bytes.subarray(0, cut);
      const problem = check(parser, request, bytes);
      reply.count++;
      if (problem) {
        reply = { ...reply, problem, ...(request.sweep ? { cut } : {}) };
        break;
      }
    }
    send(reply);
  });
});

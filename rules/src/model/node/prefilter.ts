import type { NodeProjectFacts } from '../../project/node-types.js';

/**
 * Can a TypeScript or JavaScript file hold a Node finding, by its text alone (before the
 * parse, which is most of the cost)? Every socket the model sees is made through Node's
 * socket modules, named as a string in the file however it is compiled (`require("net")`,
 * `__toESM(require("net"))`, `from 'node:net'`), and by one of their creators' names
 * (`connect`, `createConnection`, `Socket`, `Stream`, `TLSSocket`, `createSocket` — also
 * destructured, aliased, or as a base class). A file that calls `.connect(` or listens for
 * `'error'` on a socket handed in by a parameter, with neither, has no socket the model
 * follows — unless it calls a socket factory of another module of the project (the
 * project index's, `namesProjectFactory`): it needs no parse.
 */
const SOCKET_MODULE = /['"`](?:node:)?(?:net|tls|dgram)['"`]/;
const CREATOR_NAME =
  /(?<![\w$])(?:connect|createConnection|Socket|Stream|TLSSocket|createSocket)(?![\w$])/;

export function nodeMayMatter(text: string): boolean {
  return SOCKET_MODULE.test(text) && CREATOR_NAME.test(text);
}

/** The same test on undecoded bytes, looser (substrings only): most files skip decoding. */
export function nodeBytesMayMatter(bytes: Buffer): boolean {
  return (
    ['net', 'tls', 'dgram'].some((word) => bytes.includes(word)) &&
    ['onnect', 'Socket', 'Stream'].some((word) => bytes.includes(word))
  );
}

/** Does the text (or bytes) name a factory of another module of the project, and import relatively? */
export function namesProjectFactory(
  source: string | Buffer,
  facts: NodeProjectFacts | undefined,
): boolean {
  if (!facts || facts.factories.length === 0 || !source.includes('./')) return false;
  return facts.factories.some((name) => source.includes(name));
}

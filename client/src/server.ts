/**
 * The bundled server's entry (out/server.mjs): the language server, told where the
 * extension ships the engine's files (out/resources/: queries, data, docs, grammars).
 * The wasm parser, because one `.vsix` serves every platform and native addons are
 * built per platform; nothing is downloaded at install or run time.
 */
import { fileURLToPath } from 'node:url';
import { useBundledResources } from 'connectlint';
import { start } from 'connectlint-language-server/dist/src/main.js';

useBundledResources(fileURLToPath(new URL('./resources/', import.meta.url)));
process.env.CONNECTLINT_PARSER = 'wasm';
start();

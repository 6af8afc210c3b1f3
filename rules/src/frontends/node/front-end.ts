import { nodeHover } from '../../hover/node-hover.js';
import { buildNodeFileModel } from '../../model/node/file-model.js';
import type { FrontEnd } from '../front-end.js';

/**
 * Node (TypeScript, TSX, JavaScript): the name of a module the front end
 * follows, as a string — 'net', "node:tls", `dgram` (an import or a require of it).
 */
const NODE_MAY_MATTER = /['"`](node:)?(net|tls|dgram)['"`]/;
const MODULES = ['net', 'tls', 'dgram'];

export const NODE_FRONT_END: FrontEnd<'node'> = {
  id: 'node',
  model: 'node',
  label: 'TS, JS',
  fixtures: 'ts',
  mayMatter: (text) => NODE_MAY_MATTER.test(text),
  bytesMayMatter: (bytes) => MODULES.some((word) => bytes.includes(word)),
  analyse({ backend, language, tree }, analysis) {
    const model = buildNodeFileModel(backend, language.id, tree.rootNode);
    analysis.model = model;
    return { model, comments: model.comments };
  },
  hover: nodeHover,
  warmUp: ['ts', 'tsx', 'js'].map((extension) => ({
    extension,
    text: "import * as net from 'net';\n// connectlint-disable-next-line\nnet.connect({ path: 'x' });\n",
  })),
};

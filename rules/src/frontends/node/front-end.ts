import { nodeHover } from '../../hover/node-hover.js';
import { buildNodeFileModel } from '../../model/node/file-model.js';
import { nodeBytesMayMatter, nodeMayMatter } from '../../model/node/prefilter.js';
import type { FrontEnd } from '../front-end.js';

export const NODE_FRONT_END: FrontEnd<'node'> = {
  id: 'node',
  model: 'node',
  label: 'TS, JS',
  fixtures: 'ts',
  // A socket module named as a string and a creator's name (see model/node/prefilter.ts).
  mayMatter: nodeMayMatter,
  bytesMayMatter: nodeBytesMayMatter,
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

import { nodeHover } from '../../hover/node-hover.js';
import { buildNodeFileModel } from '../../model/node/file-model.js';
import { nodeBytesMayMatter, nodeMayMatter } from '../../model/node/prefilter.js';
import type { FrontEnd } from '../front-end.js';
import { NodeProjectView } from '../../model/node/project-view.js';
import { namesProjectFactory } from '../../model/node/prefilter.js';

export const NODE_FRONT_END: FrontEnd<'node'> = {
  id: 'node',
  model: 'node',
  label: 'TS, JS',
  fixtures: 'ts',
  // A socket module named as a string and a creator's name (see model/node/prefilter.ts).
  // A factory of another module of the project, named in the file, counts (as C's wrappers do).
  mayMatter: (text, _settings, project) =>
    nodeMayMatter(text) || namesProjectFactory(text, project?.node),
  bytesMayMatter: (bytes, _settings, project) =>
    nodeBytesMayMatter(bytes) || namesProjectFactory(bytes, project?.node),
  analyse({ backend, language, tree, path, project }, analysis) {
    const view = project?.node
      ? new NodeProjectView(path, tree.rootNode.text, project.node)
      : undefined;
    const model = buildNodeFileModel(backend, language.id, tree.rootNode, view);
    analysis.model = model;
    return { model, comments: model.comments };
  },
  hover: nodeHover,
  warmUp: ['ts', 'tsx', 'js'].map((extension) => ({
    extension,
    text: "import * as net from 'net';\n// connectlint-disable-next-line\nnet.connect({ path: 'x' });\n",
  })),
};

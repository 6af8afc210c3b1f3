import type { CFileModel } from '../model/c/types.js';
import type { NodeFileModel } from '../model/node/types.js';

/**
 * The models front ends build, by kind. A rule declares one check per kind it
 * reads; a front end builds one kind (C++ builds the C model, so C's checks run
 * on it). A new kind is a new entry here and a new front end that builds it.
 */
export interface Models {
  c: CFileModel;
  node: NodeFileModel;
}

export type ModelKind = keyof Models;
export type AnyModel = Models[ModelKind];

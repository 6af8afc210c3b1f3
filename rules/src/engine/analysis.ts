import type { FileResult } from './finding.js';
import type { FunctionFindingsCache } from './function-cache.js';
import type { FrontEnd } from '../frontends/front-end.js';
import type { AnyModel } from '../frontends/models.js';
import type { LineIndex } from '../text/positions.js';

/** A file's findings, and the model they came from (for hovers and editors). */
export interface Analysis {
  result: FileResult;
  /** The front end that analysed the file (none when it was skipped before). */
  frontEnd?: FrontEnd;
  /**
   * The front end's model of the file (a C file's after an incremental
   * analysis is built on first use).
   */
  model?: AnyModel;
  /**
   * A model in which the function around `offset` is modelled in full: what a
   * hover needs, at the cost of that one function after an incremental analysis.
   */
  modelAt?(offset: number): AnyModel;
  /** Findings by function, for the next version's analysis (see `function-cache.ts`). */
  functionCache?: FunctionFindingsCache;
  /** A C file's functions, and how many of them were analysed (the rest kept their findings). */
  functions?: { total: number; analysed: number };
}

/**
 * An editor's document: this analysis will be followed by others of the same
 * file as it is edited. `previous` is the analysis of the version whose tree
 * this one's was edited from; with it, a C file's unchanged functions keep their
 * findings (only the functions an edit touched, and those that depend on them,
 * are analysed again). Without an editor context (the CLI, ESLint) nothing is
 * kept for a next version.
 */
export interface EditorContext {
  previous?: Analysis | undefined;
  /**
   * The document's line index, kept by the editor across changes
   * (`LineIndex.edited`): the analysis need not search the text for lines again.
   */
  lines?: LineIndex | undefined;
}

/**
 * What an editor keeps of an analysis for the next version's (`EditorContext.previous`):
 * the findings by function, not the model. Kept whole, the model (its syntax
 * nodes, calls, facts) stayed reachable while the next version was analysed,
 * and every young-generation collection in that time copied it: the largest part
 * of the garbage collector's time per keystroke in a long function.
 */
export function keptForNextVersion(analysis: Analysis): Analysis {
  return {
    result: analysis.result,
    ...(analysis.functionCache ? { functionCache: analysis.functionCache } : {}),
  };
}

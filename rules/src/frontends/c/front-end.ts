import type { Settings } from '../../config/settings.js';
import {
  cacheFor,
  type FunctionFindingsCache,
  cacheKey,
  functionsToAnalyse,
  keptSummaryInputs,
  mergeFindings,
  withOlder,
} from '../../engine/function-cache.js';
import { cHover } from '../../hover/c-hover.js';
import {
  buildCFileModel,
  CALLS_AND_FACTS,
  functionAt,
  scanCFile,
  type CFileScan,
} from '../../model/c/file-model.js';
import { NO_WRAPPERS, type CFileModel, type FunctionModel } from '../../model/c/types.js';
import { skippedSpans } from '../../parse/partial-parse.js';
import { skippableBodies, worthParsing } from './skippable-bodies.js';
import type { OutlineState } from '../../model/c/outline-edit.js';
import { BodyQueries, type QueriedBodies } from '../../model/c/requery.js';
import { changesSince } from '../../parse/tree-changes.js';
import type { ProjectFacts } from '../../project/types.js';
import type { FrontEnd } from '../front-end.js';

import { C_MAY_MATTER } from './prefilter.js';

function wrapperNamed(
  has: (name: string) => boolean,
  settings: Settings,
  project?: ProjectFacts,
): boolean {
  return settings.wrappers.connect.some(has) || !!project?.connectWrappers.some(has);
}

/**
 * Each editor analysis's outline of its file (the project view's digest), for
 * the next version's analysis to start from: kept beside the analysis's findings
 * cache (what an editor keeps for the next version, `keptForNextVersion`), and
 * gone with it.
 */
const outlines = new WeakMap<FunctionFindingsCache, OutlineState>();

/** The same for the matches of the queries over function bodies (`requery.ts`). */
const queried = new WeakMap<FunctionFindingsCache, QueriedBodies>();

export const C_FRONT_END: FrontEnd<'c'> = {
  id: 'c',
  model: 'c',
  label: 'C',
  fixtures: 'c',
  mayMatter: (text, settings, project) =>
    C_MAY_MATTER.test(text) || wrapperNamed((name) => text.includes(name), settings, project),
  bytesMayMatter: (bytes, settings, project) =>
    bytes.includes('connect') ||
    bytes.includes('sun_path') ||
    wrapperNamed((name) => bytes.includes(name), settings, project),
  // The top level (functions, signatures, macros) needs no project fact.
  prepare: ({ backend, language, tree }): CFileScan =>
    scanCFile(backend, tree.rootNode, false, language.id, skippedSpans(tree)),
  // C's own grammar only: C++'s bodies hold classes and lambdas the model reads.
  skippable: (input, language, settings, project) =>
    language.id === 'c'
      ? skippableBodies(input, worthParsing(settings?.wrappers ?? NO_WRAPPERS, project))
      : [],
  analyse({ backend, language, path, tree, settings, editor, project, prepared }, analysis) {
    const root = tree.rootNode;
    const editing = editor !== undefined;
    const previous = editor?.previous?.functionCache;
    // An editor's scan keeps signatures by text for the next version: never one made ahead.
    const scan =
      (!editing && (prepared as CFileScan | undefined)) ||
      scanCFile(backend, root, editing, language.id, skippedSpans(tree));
    // The project's facts are part of what every function's findings rest on.
    const key = editing ? cacheKey(scan, settings) + (project?.digest ?? '') : '';
    let focus: ReadonlySet<FunctionModel> | undefined;
    let carried: { reads: ReadonlyMap<string, string>; changed: boolean } = {
      reads: new Map(),
      changed: true,
    };
    const cache = cacheFor(previous, key);
    const kept = keptSummaryInputs(previous);
    // The language picks the queries: C++ (frontends/cpp) builds this model too.
    const inProject = { path, language: language.id, ...(project ? { project } : {}) };
    const outline = previous ? outlines.get(previous) : undefined;
    const bodyQueries = editing
      ? new BodyQueries(
          backend,
          language.id,
          CALLS_AND_FACTS,
          tree,
          root,
          previous && queried.get(previous),
          changesSince(tree),
        )
      : undefined;
    const model = buildCFileModel(backend, root, settings.wrappers, {
      ...inProject,
      scan,
      ...(bodyQueries ? { bodyQueries } : {}),
      ...(kept ? { summaryInputs: kept } : {}),
      ...(outline ? { outline } : {}),
      ...(editing
        ? {
            logReads: true,
            focus: (answer) => {
              const refocus = functionsToAnalyse(scan.functions, key, answer, cache);
              carried = refocus;
              return (focus = refocus.focus);
            },
          }
        : {}),
    });
    if (focus) {
      const partial = focus;
      // The whole model, when first asked for; a hover asks only for its function's
      // (a fresh scan: this one's functions carry the partial model's calls).
      let whole: CFileModel | undefined;
      Object.defineProperty(analysis, 'model', {
        get: () => (whole ??= buildCFileModel(backend, root, settings.wrappers, inProject)),
        enumerable: true,
      });
      analysis.modelAt = (offset) => {
        const fn = functionAt(scan.functions, offset);
        if (!fn || partial.has(fn)) return model;
        const fresh = scanCFile(backend, root, false, language.id, skippedSpans(tree));
        const target = functionAt(fresh.functions, offset);
        return buildCFileModel(backend, root, settings.wrappers, {
          ...inProject,
          scan: fresh,
          summaryInputs: model.summaryInputs,
          focus: () => new Set(target ? [target] : []),
        });
      };
    } else {
      analysis.model = model;
    }
    analysis.functions = {
      total: scan.functions.length,
      analysed: focus ? focus.size : scan.functions.length,
    };
    return {
      model,
      comments: model.comments,
      finish: (fresh) => {
        if (!editing) return fresh;
        const merged = mergeFindings(
          fresh,
          scan.functions,
          focus,
          cache,
          key,
          {
            carried: carried.reads,
            changed: carried.changed,
            ...(model.reads ? { logged: model.reads } : {}),
          },
          model.summaryInputs,
        );
        analysis.functionCache = withOlder(merged.cache, previous);
        if (model.outline) outlines.set(analysis.functionCache, model.outline);
        if (bodyQueries) queried.set(analysis.functionCache, bodyQueries.record);
        return merged.findings;
      },
    };
  },
  hover: cHover,
  warmUp: [
    {
      extension: 'c',
      text:
        '/* connectlint-disable-next-line */\nint f(int fd, struct sockaddr_un *a) {\n' +
        '  strcpy(a->sun_path, "x");\n  return connect(fd, (void *)a, sizeof *a);\n}\n',
    },
  ],
};

import { NONBLOCKING_CALLS } from '../../model/c/nonblocking.js';
import type { Wrappers } from '../../model/c/types.js';
import { NO_PROJECT, type ProjectFacts } from '../../project/types.js';
import { calledNames } from '../../text/char-codes.js';
import { topLevelBodies, type TopLevelBody } from './top-level-bodies.js';

/**
 * The function bodies a batch analysis need not parse, as spans of the text
 * (each body's inside, its braces kept). The model reads the calls and the
 * syntax of a function only when it calls connect, socket() or a non-blocking
 * call, a configured wrapper or another file's helper, or one of the file's own
 * helpers found among those (`buildCFileModel`'s `gather`), or names
 * `sun_path`; in a tree's files that is about a tenth of the code, and the parse
 * of the rest was most of the analysis (`bench/RESULTS.md`). Everything else the
 * model reads of a function is its text (`bodyText`) and signature, which a
 * parse that skips the body still gives.
 *
 * A guess, on the safe side: a skipped body whose syntax is read after all
 * (`SkippedCodeRead`) makes the engine parse the file whole and analyse it
 * again, so the findings never depend on the guess.
 */
export function skippableBodies(view: string, worth: WorthParsing): [number, number][] {
  const keep = worth.calls;
  const outline = outlineOf(view);
  if (!outline) return [];
  const { bodies, calls } = outline;
  const kept = bodies.map(
    (_, index) =>
      (outline.named[index] as boolean) ||
      (calls[index] as string[]).some((name) => keep.has(name)),
  );
  // The file's own helpers: a function that calls one is read too. Followed, to
  // a fixed point, only from those that may be helpers as the summaries see them:
  // a function that may return connect's (or a helper's) result, or that sets a
  // descriptor's mode. Following every caller would reach `main`.
  const helpers = new Set<string>();
  const modeHelpers = new Set<string>();
  const calledBy = (index: number, names: (name: string) => boolean) =>
    (calls[index] as string[]).some(names);
  const resultCall = (name: string) =>
    name === 'connect' || helpers.has(name) || worth.results.has(name);
  const modeCall = (name: string) => modeHelpers.has(name) || worth.modes.has(name);
  const mayBeHelper = (index: number) => {
    const body = bodies[index] as TopLevelBody;
    // Comments say "returns" and "connect()" in prose (an approximation: a string
    // holding `//` loses the rest of its line, which only makes the guess narrower).
    const inside = view.slice(body.open + 1, body.close).replace(COMMENTS, ' ');
    if (/NONBLOCK|FIONBIO/.test(inside) || calledBy(index, modeCall)) {
      modeHelpers.add(body.name as string);
      return true;
    }
    return calledBy(index, resultCall) && mayReturnCall(inside, resultCall);
  };
  for (let grown = true; grown;) {
    grown = false;
    bodies.forEach((body, index) => {
      if (!kept[index] && calledBy(index, (name) => helpers.has(name))) kept[index] = grown = true;
      if (kept[index] && body.name && !helpers.has(body.name) && mayBeHelper(index)) {
        helpers.add(body.name);
        grown = true;
      }
    });
  }
  const spans: [number, number][] = [];
  bodies.forEach((body, index) => {
    if (!kept[index] && body.close > body.open + 1) spans.push([body.open + 1, body.close]);
  });
  return spans;
}

/**
 * Whether a body may return the value of a call `isResult` accepts: `return
 * call(…)`, or `return v;` where `v = …call(…)` is in the body (the summaries'
 * `returnedResultCall`, read from the text, on the safe side).
 */
function mayReturnCall(inside: string, isResult: (name: string) => boolean): boolean {
  for (const match of inside.matchAll(/\breturn\b([^;]*);/g)) {
    const value = (match[1] as string).trim().replace(/^\(+|\)+$/g, '');
    if (calledNames(value).some(isResult)) return true;
    if (!/^[A-Za-z_]\w*$/.test(value)) continue;
    for (const store of inside.matchAll(new RegExp(`\\b${value}\\s*=(?!=)([^;]*)`, 'g')))
      if (calledNames(store[1] as string).some(isResult)) return true;
  }
  return false;
}

const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

/** Calls that make a body worth parsing but not its callers: no helper is made of them alone. */
const BY_ITSELF = new Set<string>(['socket', ...NONBLOCKING_CALLS]);

/** What the choice reads of a text's bodies, whatever the settings and the project. */
interface BodyOutline {
  bodies: TopLevelBody[];
  /** The names each body calls. */
  calls: string[][];
  /** Whether it names `sun_path` or holds a suppression directive (read from the tree's comments). */
  named: boolean[];
}

/**
 * Kept by text for the texts of the last few files: the CLI's parses ahead choose
 * with no settings and no project, and the analysis asks again with both
 * (`readsEnough`) — the same text, the same bodies.
 */
const outlines = new Map<string, BodyOutline | undefined>();
const OUTLINES_KEPT = 128;

function outlineOf(view: string): BodyOutline | undefined {
  if (outlines.has(view)) return outlines.get(view);
  const bodies = topLevelBodies(view);
  let outline: BodyOutline | undefined;
  if (bodies && bodies.length > 0) {
    const insides = bodies.map((body) => view.slice(body.open + 1, body.close));
    outline = {
      bodies,
      calls: insides.map(calledNames),
      named: insides.map(
        (inside) => inside.includes('sun_path') || inside.includes('connectlint-'),
      ),
    };
  }
  if (outlines.size >= OUTLINES_KEPT) outlines.delete(outlines.keys().next().value as string);
  outlines.set(view, outline);
  return outline;
}

/** The calls that make a function's body worth parsing, for these settings and project. */
export interface WorthParsing {
  /** Any of them. */
  calls: ReadonlySet<string>;
  /** Those that return connect's result. */
  results: ReadonlySet<string>;
  /** Those that make a descriptor non-blocking, or blocking again. */
  modes: ReadonlySet<string>;
}

export function worthParsing(wrappers: Wrappers, project?: ProjectFacts): WorthParsing {
  // Once per settings' wrappers and project: asked for every file of a run.
  const byProject = worthKept.get(wrappers) ?? new WeakMap<object, WorthParsing>();
  worthKept.set(wrappers, byProject);
  const key = project ?? NO_PROJECT;
  let worth = byProject.get(key);
  if (!worth) byProject.set(key, (worth = worthFor(wrappers, project)));
  return worth;
}
const worthKept = new WeakMap<Wrappers, WeakMap<object, WorthParsing>>();

function worthFor(wrappers: Wrappers, project?: ProjectFacts): WorthParsing {
  const helpers = project ? projectHelpers(project) : { results: [], modes: [], others: [] };
  const results = new Set([...wrappers.connect, ...helpers.results]);
  const modes = new Set([...wrappers.nonBlocking, ...wrappers.blocking, ...helpers.modes]);
  const calls = new Set<string>([
    'connect',
    ...BY_ITSELF,
    ...wrappers.socket,
    ...results,
    ...modes,
    ...helpers.others,
  ]);
  return { calls, results, modes };
}

/**
 * The project's functions whose calls the model follows from another file
 * (`externalHelpers` in `file-model.ts`), once per project.
 */
function projectHelpers(project: ProjectFacts): ProjectHelpers {
  let found = helpersOf.get(project);
  if (!found) {
    found = { results: [...project.connectWrappers], modes: [], others: [] };
    for (const fn of Object.values(project.functions)) {
      if (fn.returnsConnectResult) found.results.push(fn.name);
      if (fn.nonBlockingParams.length > 0 || fn.blockingParams.length > 0)
        found.modes.push(fn.name);
      else if (fn.socket !== undefined) found.others.push(fn.name);
    }
    helpersOf.set(project, found);
  }
  return found;
}

interface ProjectHelpers {
  results: string[];
  modes: string[];
  /** Socket factories: their callers' calls are read, their callers' callers' are not. */
  others: string[];
}
const helpersOf = new WeakMap<ProjectFacts, ProjectHelpers>();

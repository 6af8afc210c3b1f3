import { availableParallelism } from 'node:os';
import { readFileSync, statSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import type { FileResult } from '../engine/finding.js';
import { lintText, MAX_FILE_BYTES } from '../engine/lint.js';
import { loadBackend, type BackendName } from '../parse/backend.js';
import { readSource, shiftBytes } from './read-file.js';
import { bytesMayMatter, mayMatter } from '../engine/prefilter.js';
import { languageForPath } from '../parse/languages.js';
import { isCFamily } from '../project/cpp-outline.js';
import type { ProjectFacts } from '../project/types.js';
import type { WrapperSearch } from '../project/project-index.js';
import { fixSource, type FixRequest } from './fix.js';
import type { FileSurvey } from '../project/file-survey.js';
import { WorkerPool, type LintTask } from './worker-pool.js';
import type { KeptFiles } from './kept-files.js';
import type { ParseAhead } from './parse-ahead.js';

export interface LintRun {
  files: string[];
  /** One for every file, or each file's own (its nearest config). */
  settings: Settings | ((path: string) => Settings);
  /** The project's facts (see `project/`): the same for every file of the run. */
  project?: ProjectFacts;
  /** The C files the index found naming a wrapper (searched in every C file of the run). */
  wrapperSearch?: WrapperSearch;
  parser?: BackendName;
  jobs?: number;
  /** `--fix` / `--fix-dry-run`: fix each file, and report what is left. */
  fix?: FixRequest;
  onProgress?: (done: number, total: number) => void;
  /** What the workers read of each file before (the project pass): not read again here. */
  surveys?: ReadonlyMap<string, FileSurvey>;
  /** The run's workers, started for the project pass: the analysis goes on in them. */
  pool?: WorkerPool;
  /** The files' bytes this thread kept from the survey (a run in one thread). */
  kept?: KeptFiles;
}

/**
 * A worker costs about as much to start (an engine and a parser loaded) as the
 * parse of this many bytes: below it, another worker is not worth starting.
 */
export const BYTES_PER_EXTRA_WORKER = 1024 * 1024;

/** Workers for `bytes` of files to read: `--jobs` as given, else one per core, fewer for small runs. */
export function workerCount(bytes: number, files: number, jobs?: number): number {
  return jobs !== undefined
    ? Math.min(jobs, files)
    : Math.min(availableParallelism(), Math.ceil(bytes / BYTES_PER_EXTRA_WORKER));
}

/**
 * Lints files on every core. Most files of a tree cannot matter (the engine's
 * prefilter, on their bytes): they are dropped here, and only the rest are
 * handed out, to as many worker threads as their size is worth.
 */
export async function lintFiles(run: LintRun): Promise<FileResult[]> {
  const results: FileResult[] = new Array(run.files.length);
  const candidates: number[] = [];
  const prefilter = new Set<number>();
  let candidateBytes = 0;
  const settingsOf =
    typeof run.settings === 'function' ? run.settings : () => run.settings as Settings;
  // Where the index searched every C file for each of the project's wrappers, its answer is theirs.
  const search = run.wrapperSearch;
  const searched =
    !!search && (run.project?.connectWrappers ?? []).every((name) => search.names.has(name));
  run.files.forEach((path, index) => {
    const survey = run.surveys?.get(path);
    if (survey) {
      // A file the workers read: kept, dropped, or (a wrapper name to look for) left to its worker.
      const settings = settingsOf(path);
      const wrappers =
        settings.wrappers.connect.length > 0 ||
        (!searched && (run.project?.connectWrappers.length ?? 0) > 0);
      const keep = survey.unread || survey.mayMatter || (searched && !!search?.callers.has(path));
      // A Node file may call another module's socket factory (the project's Node index).
      const factories = (run.project?.node?.factories.length ?? 0) > 0;
      if (
        keep ||
        (wrappers && isCFamily(path)) ||
        (factories && languageForPath(path)?.family === 'node')
      ) {
        candidates.push(index);
        if (!keep) prefilter.add(index);
      } else results[index] = { path, findings: [], notices: [] };
      return;
    }
    const size = mayMatterOnDisk(path, settingsOf(path), run.project);
    if (size === undefined) results[index] = { path, findings: [], notices: [] };
    else {
      candidates.push(index);
      candidateBytes += size;
    }
  });
  const table = new SettingsTable();
  const tasks: LintTask[] = candidates.map((index) => {
    const path = run.files[index] as string;
    return {
      path,
      settings: table.indexOf(settingsOf(path)),
      ...(prefilter.has(index) ? { prefilter: true } : {}),
    };
  });
  const skipped = run.files.length - candidates.length;
  const progress = run.onProgress;
  const onProgress = progress
    ? (done: number) => progress(skipped + done, run.files.length)
    : undefined;
  const setup = {
    settings: table.all,
    ...(run.project ? { project: run.project } : {}),
    ...(run.fix ? { fix: run.fix } : {}),
  };
  let linted: FileResult[];
  if (run.pool) linted = await run.pool.lint(tasks, setup, onProgress);
  else {
    // By default small runs stay in this thread.
    const workers = workerCount(candidateBytes, tasks.length, run.jobs);
    if (workers <= 1) linted = await lintInProcess(tasks, setup, run.parser, onProgress, run.kept);
    else {
      const pool = new WorkerPool(workers, run.parser);
      try {
        linted = await pool.lint(tasks, setup, onProgress);
      } finally {
        await pool.close();
      }
    }
  }
  candidates.forEach((index, i) => (results[index] = linted[i] as FileResult));
  return results;
}

/**
 * The file's size if it may hold a finding — or must be read to say why not
 * (unreadable, too big, binary) — and undefined when its bytes show it cannot.
 */
const decoder = new TextDecoder();

export function mayMatterOnDisk(
  path: string,
  settings: Settings,
  project?: ProjectFacts,
  /** The file's bytes, read already (the CLI's survey). */
  kept?: Buffer,
): number | undefined {
  const family = languageForPath(path)?.family;
  try {
    // Too big: not read here, `readSource` says so.
    if (!kept && statSync(path).size > MAX_FILE_BYTES) return 0;
    const bytes = kept ?? readFileSync(path);
    if (!family || bytes.includes(0)) return bytes.length;
    if (!bytesMayMatter(bytes, family, settings, project)) return undefined;
    return mayMatter(decoder.decode(bytes), family, settings, project) ? bytes.length : undefined;
  } catch {
    return 0;
  }
}

/** The distinct settings of a run (usually one), numbered for the workers. */
class SettingsTable {
  readonly all: Settings[] = [];
  private readonly numbers = new Map<Settings, number>();

  indexOf(settings: Settings): number {
    let number = this.numbers.get(settings);
    if (number === undefined) {
      number = this.all.push(settings) - 1;
      this.numbers.set(settings, number);
    }
    return number;
  }
}

async function lintInProcess(
  tasks: readonly LintTask[],
  setup: { settings: Settings[]; project?: ProjectFacts; fix?: FixRequest },
  parser: BackendName | undefined,
  onProgress?: (done: number) => void,
  kept?: KeptFiles,
): Promise<FileResult[]> {
  const backend = await loadBackend(parser);
  const results: FileResult[] = [];
  for (const task of tasks) {
    results.push(lintTask(backend, task, setup, kept));
    onProgress?.(results.length);
  }
  return results;
}

/**
 * One task of a run, in this thread or a worker's: its bytes looked at first
 * when asked; the bytes this thread kept from the survey, if it did, are used
 * instead of reading the file again.
 */
export function lintTask(
  backend: Awaited<ReturnType<typeof loadBackend>>,
  task: LintTask,
  setup: { settings: Settings[]; project?: ProjectFacts; fix?: FixRequest },
  kept?: KeptFiles,
  ahead?: ParseAhead,
): FileResult {
  const settings = setup.settings[task.settings] as Settings;
  const prepared = ahead?.take(task.path, settings.languages);
  const bytes = kept?.take(task.path);
  if (task.prefilter && mayMatterOnDisk(task.path, settings, setup.project, bytes) === undefined)
    return { path: task.path, findings: [], notices: [] };
  // Parsed ahead (see `ParseAhead`): the same text, its tree ready.
  if (prepared && !setup.fix)
    return shiftBytes(
      lintText(
        backend,
        task.path,
        prepared.text,
        settings,
        prepared.tree,
        setup.project,
        prepared.language,
        prepared.prepared,
      ),
      prepared.bomBytes,
    );
  return lintPath(backend, task.path, settings, setup.project, setup.fix, bytes);
}

export function lintPath(
  backend: Awaited<ReturnType<typeof loadBackend>>,
  path: string,
  settings: Settings,
  project?: ProjectFacts,
  fix?: FixRequest,
  kept?: Buffer,
): FileResult {
  // The files that cannot matter were dropped before (`lintFiles`).
  const source = readSource(path, kept);
  if ('notice' in source) return { path, findings: [], notices: [source.notice] };
  try {
    // The project's facts judge every pass of the fixes, as they judge a plain run.
    if (fix) return fixSource(backend, path, source, settings, fix, project);
    return shiftBytes(
      lintText(backend, path, source.text, settings, undefined, project),
      source.bomBytes,
    );
  } catch (error) {
    // One file's failure is reported, and the run goes on.
    const message = error instanceof Error ? error.message : String(error);
    return {
      path,
      findings: [],
      notices: [{ level: 'error', message: `internal error: ${message}` }],
    };
  }
}

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ConfigError } from '../config/validate.js';
import type { FileResult } from '../engine/finding.js';
import { lintText } from '../engine/lint.js';
import { loadBackend } from '../parse/backend.js';
import { RULES } from '../rules/index.js';
import { docUrl } from '../rules/rule.js';
import { HELP, UsageError, parseCliArgs, type CliOptions } from './args.js';
import { ConfigLookup } from './config-file.js';
import { reportedFiles, suppressResults } from './ci-run.js';
import { explain } from './explain.js';
import { fixStdin } from './fix.js';
import { findFiles } from './files.js';
import { formatJson } from './format/json.js';
import { totals, type Report } from './format/report.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';
import { lintFiles } from './lint-files.js';
import { createProgress } from './progress.js';
import { renderMarkdown } from './terminal-markdown.js';
import { RunCache } from './cache.js';
import { runProject } from './run-project.js';
import { surveyFiles } from './survey-files.js';
import { EarlyPool } from './early-pool.js';
import { DIGEST_FORMAT, type ProjectFacts } from '../project/types.js';
import type { IndexRequest } from '../project/build-index.js';
import type { WrapperSearch } from '../project/project-index.js';
import type { Settings } from '../config/settings.js';
import { shardAutomationId } from './shard.js';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Runs the CLI; resolves to the exit status (0 clean, 1 errors, 2 usage or config error). */
export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`connectlint: ${error.message}\nRun 'connectlint --help' for usage.\n`);
    return 2;
  }
  if (options.help) return print(HELP, 0);
  if (options.version) return print(`${VERSION}\n`, 0);
  if (options.listRules) {
    return print(
      RULES.map(
        (rule) =>
          `${rule.meta.id.padEnd(20)} ${rule.meta.description}\n${''.padEnd(21)}${docUrl(rule.meta.id)}\n`,
      ).join(''),
      0,
    );
  }

  let configs: ConfigLookup;
  try {
    configs = new ConfigLookup(options, cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return configErrors(error.message.split('\n'));
  }

  if (options.explain !== undefined) {
    const { settings } = configs.forDir(cwd);
    if (configs.errors.length > 0) return configErrors(configs.errors);
    const text = explain(options.explain, settings);
    if (text === undefined) {
      process.stderr.write(
        `connectlint: nothing to explain for '${options.explain}': give a rule id, an errno of connect(2), 'connect', or one of SOCK_NONBLOCK, O_NONBLOCK, FIONBIO, SO_ERROR, sun_path\n`,
      );
      return 2;
    }
    // Markdown is for editors; a terminal or a pipe gets it rendered as text.
    return print(renderMarkdown(text, process.stdout.isTTY === true), 0);
  }

  let results: FileResult[];
  const problems: string[] = [];
  const sources = new Map<string, string>();
  if (options.stdin) {
    const path = resolve(cwd, options.stdinFilename);
    const { settings } = configs.forFile(path);
    if (configs.errors.length > 0) return configErrors(configs.errors);
    const backend = await loadBackend(options.parser);
    const text = readFileSync(0, 'utf8');
    results = [
      options.ci.fix
        ? fixStdin(backend, path, text, settings, options.ci.fix)
        : lintText(backend, path, text, settings),
    ];
    sources.set(path, text);
  } else {
    // A large tree's workers load the engine while the files are listed (not with a
    // cache: a run that finds its facts kept reads little, and may need no worker).
    const early =
      options.cache || options.cacheLocation !== undefined
        ? undefined
        : EarlyPool.forRun(options.jobs, options.parser);
    try {
      // Each file and folder is judged by its own nearest config, ignores included.
      const search = findFiles(options.paths, cwd, (path, isDir) => {
        const ignored = configs.forDir(dirname(path)).isIgnored(path, isDir);
        // A file this answer keeps is one of the run's (see `findFiles`): its survey may start.
        if (!isDir && !ignored) early?.fileListed(path);
        return ignored;
      });
      // Every config of the run is read before the first file is linted: all their errors at once.
      for (const file of search.files) configs.forFile(file);
      if (configs.errors.length > 0) return configErrors(configs.errors);
      problems.push(...search.problems);
      let files: string[];
      try {
        files = reportedFiles(search.files, options.ci, cwd);
      } catch (error) {
        process.stderr.write(`connectlint: ${error instanceof Error ? error.message : error}\n`);
        return 2;
      }
      const cache =
        options.cache || options.cacheLocation !== undefined
          ? RunCache.open(
              options.cacheLocation ?? '.connectlintcache',
              cwd,
              cacheKey(search.files.map((file) => configs.forFile(file).settings)),
            )
          : undefined;
      // The index is over every file of the run, whatever part of it is reported (--shard, --changed-since).
      // Its files are read on every core, by the workers that then lint (`pool`).
      let project: ProjectFacts;
      let wrapperSearch: WrapperSearch | undefined;
      let surveyed: Awaited<ReturnType<typeof surveyFiles>> | undefined;
      let surveyFailed = false;
      const survey = async (all: readonly string[]) => {
        surveyFailed = true;
        surveyed = await surveyFiles(all, {
          jobs: options.jobs,
          parser: options.parser,
          digestKnown: (path) => !!cache?.hasDigest(path),
          early,
        });
        surveyFailed = false;
        const { surveys, pool, kept } = surveyed;
        return {
          surveys,
          ...(pool ? { answer: (request: IndexRequest) => pool.answerIndex(request) } : {}),
          ...(kept ? { bytes: (path: string) => kept.get(path) } : {}),
        };
      };
      try {
        ({ project, wrapperSearch } = await runProject(
          search.files,
          cwd,
          options.compileCommands,
          cache,
          survey,
          [
            ...new Set(
              search.files.flatMap((file) => configs.forFile(file).settings.wrappers.connect),
            ),
          ],
        ));
      } catch (error) {
        await surveyed?.pool?.close();
        // A worker that failed is an internal error, not the compilation database's.
        if (surveyFailed) throw error;
        process.stderr.write(
          `connectlint: --compile-commands: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        return 2;
      }
      // With a cache, a file whose text and project facts are unchanged keeps its findings
      // (not under --fix: the files are to be rewritten).
      const cached = files.map((path) =>
        options.ci.fix ? undefined : cache?.result(path, project.digest),
      );
      const toLint = files.filter((_, index) => !cached[index]);
      const progress = createProgress(process.stderr, toLint.length);
      let linted: FileResult[];
      try {
        linted = await lintFiles({
          files: toLint,
          settings: (file) => configs.forFile(file).settings,
          project,
          ...(wrapperSearch ? { wrapperSearch } : {}),
          ...(options.ci.fix ? { fix: options.ci.fix } : {}),
          ...(options.parser ? { parser: options.parser } : {}),
          ...(options.jobs ? { jobs: options.jobs } : {}),
          ...(surveyed ? { surveys: surveyed.surveys } : {}),
          ...(surveyed?.pool ? { pool: surveyed.pool } : {}),
          ...(surveyed?.kept ? { kept: surveyed.kept } : {}),
          onProgress: (done) => progress.update(done),
        });
      } finally {
        await surveyed?.pool?.close();
      }
      progress.end();
      linted.forEach((result, index) =>
        cache?.setResult(toLint[index] as string, result, project.digest),
      );
      let next = 0;
      results = cached.map((result) => result ?? (linted[next++] as FileResult));
      cache?.save();
    } finally {
      await early?.dispose();
    }
  }
  let suppression;
  try {
    suppression = suppressResults(results, options.ci, cwd);
  } catch (error) {
    process.stderr.write(`connectlint: ${error instanceof Error ? error.message : error}\n`);
    return 2;
  }
  if (options.quiet) {
    for (const result of results) {
      result.findings = result.findings.filter((f) => f.severity === 'error');
      result.notices = result.notices.filter((notice) => notice.level === 'error');
    }
  }

  for (const problem of problems) process.stderr.write(`connectlint: ${problem}\n`);
  for (const message of suppression.messages) process.stderr.write(`connectlint: ${message}\n`);
  const report: Report = {
    cwd,
    results,
    problems,
    toolVersion: VERSION,
    sources,
    suppressed: suppression.suppressed,
    ...(options.ci.shard ? { automationId: shardAutomationId(options.ci.shard) } : {}),
  };
  const output =
    options.format === 'json'
      ? formatJson(report)
      : options.format === 'sarif'
        ? formatSarif(report)
        : formatText(report, !options.outputFile && process.stdout.isTTY === true);
  if (options.outputFile) {
    const target = resolve(cwd, options.outputFile);
    try {
      // As ESLint: the report's folder is made when missing (`-o reports/x.sarif` in CI).
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      process.stderr.write(
        `connectlint: cannot write ${relative(cwd, target) || target} (${code}): the report follows on stdout\n`,
      );
      await write(output);
      return 2;
    }
  } else await write(output);

  const { errors, warnings } = totals(results);
  if (problems.length > 0 && results.length === 0) return 2;
  if (suppression.unpruned) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(
      `connectlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`,
    );
    return 1;
  }
  return 0;
}

function configErrors(errors: string[]): number {
  for (const error of errors) process.stderr.write(`connectlint: ${error}\n`);
  return 2;
}

/**
 * What a cached run's findings depend on besides the files: the tool, the shape
 * of the digests it keeps, and the settings of every config of the run (each
 * file has its nearest one).
 */
function cacheKey(settingsOfFiles: Settings[]): string {
  return JSON.stringify([
    VERSION,
    DIGEST_FORMAT,
    [...new Set(settingsOfFiles)].map((settings) => [
      settings.platform,
      [...settings.rules],
      settings.wrappers,
      settings.reportUnusedDirectives,
    ]),
  ]);
}

function print(text: string, status: number): Promise<number> {
  return write(text).then(() => status);
}

/** Writes to stdout and waits until it is flushed (pipes are asynchronous). */
function write(text: string): Promise<void> {
  return new Promise((done) => {
    if (text === '' || process.stdout.write(text)) done();
    else process.stdout.once('drain', done);
  });
}

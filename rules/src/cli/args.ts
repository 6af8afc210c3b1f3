import { parseArgs } from 'node:util';
import type { BackendName } from '../parse/backend.js';
import { CI_HELP, CI_OPTION_SPECS, ciOptions, type CiOptions } from './ci-options.js';
import { UsageError } from './usage-error.js';

export { UsageError };

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  paths: string[];
  format: Format;
  rules: string[];
  config?: string;
  noConfig: boolean;
  platform?: string;
  stdin: boolean;
  stdinFilename: string;
  maxWarnings?: number;
  quiet: boolean;
  outputFile?: string;
  jobs?: number;
  parser?: BackendName;
  /** A compilation database to read the project from (default: found under the current folder). */
  compileCommands?: string;
  /** Keep the project index and the findings by content (`--cache`), and where. */
  cache: boolean;
  cacheLocation?: string;
  reportUnusedDirectives: boolean;
  listRules: boolean;
  explain?: string;
  help: boolean;
  version: boolean;
  /** --fix, bulk suppressions, --shard, --changed-since. */
  ci: CiOptions;
}

export const HELP = `Usage: connectlint [options] [file|folder|glob ...]

Finds misuse of connect(2) in C (.c, .h), TypeScript (.ts, .mts, .cts, .tsx)
and JavaScript (.js, .mjs, .cjs, .jsx). Folders are searched for those files;
.gitignore files and node_modules are respected.

Options:
  -f, --format <text|json|sarif>   output format (default: text)
  -o, --output-file <path>         write the report to a file instead of stdout
      --rule <id>=<off|warn|error> set a rule's severity (repeatable)
  -c, --config <path>              configuration file (default: the nearest
                                   connectlint.config.json, from the current folder up)
      --no-config                  use no configuration file
      --platform <freebsd|linux|macos>
                                   the platform the code is judged for (default: freebsd)
      --stdin                      lint the text on standard input
      --stdin-filename <path>      the name to give that text; its extension picks
                                   the language (default: stdin.c)
      --max-warnings <n>           exit 1 when more than n warnings are reported
      --quiet                      report errors only
      --report-unused-disable-directives
                                   report suppression comments that suppress nothing
  -j, --jobs <n>                   worker threads (default: one per core)
      --parser <native|wasm>       tree-sitter backend (default: native, wasm if it
                                   cannot load)
      --compile-commands <path>    the project's compile_commands.json: its files,
                                   include folders and -D macros (default: the one in
                                   the current folder or its build/, if any)
      --cache                      keep the project index and findings by content in
                                   .connectlintcache: a re-run reads only what changed
      --cache-location <path>      where the cache lives (a file, or a folder to put
                                   .connectlintcache in)
      --list-rules                 print the rules and their doc pages
      --explain <topic>            print a rule's doc page (a rule id), an errno's entry
                                   in connect(2) (EINPROGRESS), the whole page (connect),
                                   or a passage (SOCK_NONBLOCK, O_NONBLOCK, FIONBIO,
                                   SO_ERROR, sun_path)
${CI_HELP}  -h, --help                       print this help
  -v, --version                    print the version

Exit status: 0 no error reported, 1 errors reported (or too many warnings),
2 a usage or configuration error.
`;

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        platform: { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'report-unused-disable-directives': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        parser: { type: 'string' },
        'compile-commands': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'list-rules': { type: 'boolean' },
        explain: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        ...CI_OPTION_SPECS,
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  }
  const parser = values.parser;
  if (parser !== undefined && parser !== 'native' && parser !== 'wasm') {
    throw new UsageError(`--parser must be native or wasm, not '${parser}'`);
  }
  const options: CliOptions = {
    paths: positionals,
    format: format as Format,
    rules: values.rule ?? [],
    noConfig: values['no-config'] ?? false,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'] ?? 'stdin.c',
    quiet: values.quiet ?? false,
    reportUnusedDirectives: values['report-unused-disable-directives'] ?? false,
    cache: values.cache ?? false,
    ...(values['cache-location'] !== undefined ? { cacheLocation: values['cache-location'] } : {}),
    ...(values['compile-commands'] !== undefined
      ? { compileCommands: values['compile-commands'] }
      : {}),
    listRules: values['list-rules'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    ci: ciOptions(values, values.stdin ?? false),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.platform !== undefined ? { platform: values.platform } : {}),
    ...(values['output-file'] !== undefined ? { outputFile: values['output-file'] } : {}),
    ...(parser !== undefined ? { parser } : {}),
    ...(values.explain !== undefined ? { explain: values.explain } : {}),
  };
  if (values['max-warnings'] !== undefined) {
    options.maxWarnings = nonNegativeInteger(values['max-warnings'], '--max-warnings');
  }
  if (values.jobs !== undefined) {
    options.jobs = nonNegativeInteger(values.jobs, '--jobs');
    if (options.jobs === 0) throw new UsageError('--jobs must be at least 1');
  }
  if (options.stdin && options.paths.length > 0) {
    throw new UsageError('--stdin lints standard input: give no files with it');
  }
  if (!options.stdin && values['stdin-filename'] !== undefined) {
    throw new UsageError('--stdin-filename needs --stdin');
  }
  const printsOnly =
    options.listRules || options.help || options.version || options.explain !== undefined;
  if (!options.stdin && !printsOnly && options.paths.length === 0) {
    throw new UsageError('no files given: name files, folders or globs, or use --stdin');
  }
  return options;
}

function nonNegativeInteger(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} needs a whole number, not '${text}'`);
  return Number(text);
}

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import plugin from 'connectlint/eslint';
import {
  applyConfigFile,
  buildProject,
  defaultSettings,
  languageForPath,
  lintText,
  type ParserBackend,
  type Settings,
} from 'connectlint';
import { StdioClient } from 'connectlint-language-server/dist/src/testing/stdio-client.js';
import { compare, type FaceFinding, type Fixture } from './fixtures.js';
import type { ProjectCase } from './project-cases.js';
import { pulledFindings } from './server-face.js';

/** Every face reports exactly what the cases' annotations say, file by file: the mismatches. */
export async function faceMismatches(
  face: ProjectFace,
  cases: readonly ProjectCase[],
): Promise<string[]> {
  const errors: string[] = [];
  for (const project of cases) {
    const found = await face(project);
    for (const file of project.files) errors.push(...compare(file, found.get(file) ?? []));
  }
  return errors;
}

/** A face over a whole project case: each file's findings. */
export type ProjectFace = (project: ProjectCase) => Promise<Map<Fixture, FaceFinding[]>>;

/**
 * The engine's API: a project index over the case (none with `withIndex: false`: each
 * file as a single-file run sees it), then each file with the case's settings
 * (`settingsOf`; by default its `connectlint.config.json`, as the CLI and the server read it).
 */
export function engineProjectFace(
  backend: ParserBackend,
  options: { settingsOf?: (dir: string) => Settings; withIndex?: boolean } = {},
): ProjectFace {
  return async (project) => {
    const facts =
      options.withIndex === false
        ? undefined
        : buildProject(
            project.files.map((file) => file.path),
            { root: project.dir },
          ).project();
    const settings = options.settingsOf?.(project.dir) ?? caseSettings(project);
    return new Map(
      project.files.map((file) => [
        file,
        lintText(backend, file.path, file.text, settings, undefined, facts).findings.map((f) => ({
          line: f.location.start.line,
          ruleId: f.ruleId,
          message: f.message,
          messageId: f.messageId,
        })),
      ]),
    );
  };
}

const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('connectlint/package.json')), 'bin', 'connectlint.js');

/** `connectlint .` in the case's folder, as a user runs it. */
export const cliProjectFace: ProjectFace = async (project) => {
  const run = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], {
    cwd: project.dir,
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`connectlint exited ${run.status}: ${run.stderr}`);
  const output = JSON.parse(run.stdout) as {
    files: {
      path: string;
      findings: { ruleId: string; messageId: string; message: string; start: { line: number } }[];
    }[];
  };
  return new Map(
    project.files.map((file) => [
      file,
      (output.files.find((f) => f.path === relative(project.dir, file.path))?.findings ?? []).map(
        (f) => ({
          line: f.start.line,
          ruleId: f.ruleId,
          message: f.message,
          messageId: f.messageId,
        }),
      ),
    ]),
  );
};

/** ESLint's API in the case's folder with the C preset: one index for the run. */
export const eslintProjectFace: ProjectFace = async (project) => {
  const eslint = new ESLint({
    cwd: project.dir,
    overrideConfigFile: true,
    overrideConfig: [
      ...(plugin.configs.c as object[]),
      ...(plugin.configs.cpp as object[]),
      ...(plugin.configs.recommended as object[]),
      // The case's rules (connect-timeout is off by default), for every file.
      {
        rules: Object.fromEntries(
          Object.entries(caseConfig(project).rules ?? {}).map(([id, severity]) => [
            `connectlint/${id}`,
            severity,
          ]),
        ),
      },
    ] as never,
  });
  const results = await eslint.lintFiles(project.files.map((file) => file.path));
  return new Map(
    project.files.map((file) => [
      file,
      (results.find((r) => r.filePath === file.path)?.messages ?? []).map((m) => ({
        line: m.line,
        ruleId: m.ruleId?.replace(/^connectlint\//, '') ?? `fatal: ${m.message}`,
        message: m.message,
        messageId: m.messageId ?? '',
      })),
    ]),
  );
};

/**
 * The language server over stdio with the case's folder as its workspace: each
 * file opened and its diagnostics pulled once the project index has been read
 * (the server logs when it has).
 */
export const serverProjectFace: ProjectFace = (project) => serverFace(project);

/** The same, each file opened with the languageId `languageIdOf` says (the extension's by default). */
export async function serverFace(
  project: ProjectCase,
  languageIdOf: (path: string) => string = (path) => languageForPath(path)?.lspIds[0] ?? 'c',
): Promise<Map<Fixture, FaceFinding[]>> {
  const client = new StdioClient({ cwd: project.dir });
  try {
    await client.initialize({ pull: true, rootUri: pathToFileURL(project.dir).href });
    for (let waited = 0; !client.logs.some((l) => l.includes('project index:')); waited += 20) {
      if (waited > 10_000) throw new Error('the server never finished its project index');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const found = new Map<Fixture, FaceFinding[]>();
    for (const file of project.files) {
      const uri = pathToFileURL(file.path).href;
      await client.open(uri, languageIdOf(file.path), file.text);
      found.set(file, await pulledFindings(client, uri));
    }
    return found;
  } finally {
    await client.close();
  }
}

/** The case's `connectlint.config.json`, as the CLI and the server read it. */
function caseConfig(project: ProjectCase): { rules?: Record<string, string> } {
  return JSON.parse(readFileSync(join(project.dir, 'connectlint.config.json'), 'utf8')) as {
    rules?: Record<string, string>;
  };
}

/** Default settings with the case's configuration applied. */
function caseSettings(project: ProjectCase): Settings {
  const settings = defaultSettings();
  applyConfigFile(caseConfig(project), settings, 'connectlint.config.json');
  return settings;
}

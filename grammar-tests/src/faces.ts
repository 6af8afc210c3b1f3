import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  applyConfigFile,
  defaultSettings,
  lintText,
  type ParserBackend,
  type Settings,
} from 'connectlint';
import type { FaceFinding, Fixture } from './fixtures.js';
import { byConfig } from './fixtures.js';

/** A face: takes fixtures, gives each one's findings. */
export type Face = (fixtures: Fixture[]) => Map<Fixture, FaceFinding[]>;

export function settingsFor(fixture: Fixture): Settings {
  const settings = defaultSettings();
  if (fixture.config) applyConfigFile(fixture.config, settings, fixture.name);
  return settings;
}

/** The engine's API, on a given parser backend. */
export function engineFace(backend: ParserBackend): Face {
  return (fixtures) =>
    new Map(
      fixtures.map((fixture) => [
        fixture,
        lintText(backend, fixture.path, fixture.text, settingsFor(fixture)).findings.map((f) => ({
          line: f.location.start.line,
          ruleId: f.ruleId,
          message: f.message,
          messageId: f.messageId,
        })),
      ]),
    );
}

const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('connectlint/package.json')), 'bin', 'connectlint.js');

interface CliJson {
  files: {
    path: string;
    findings: { ruleId: string; messageId: string; message: string; start: { line: number } }[];
  }[];
}

/**
 * The `connectlint` CLI as a process, `--format json`, one run per distinct
 * fixture configuration (written to a temporary config file), with worker threads.
 */
export const cliFace: Face = (fixtures) => {
  const groups = byConfig(fixtures);
  const found = new Map<Fixture, FaceFinding[]>();
  const dir = mkdtempSync(join(tmpdir(), 'connectlint-grammar-'));
  let configIndex = 0;
  for (const [config, group] of groups) {
    const configPath = join(dir, `config-${configIndex++}.json`);
    writeFileSync(configPath, config);
    const run = spawnSync(
      process.execPath,
      [CLI, '--format', 'json', '--jobs', '2', '--config', configPath, ...group.map((f) => f.path)],
      { cwd: '/', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0 && run.status !== 1) {
      throw new Error(`connectlint exited ${run.status}: ${run.stderr}`);
    }
    const output = JSON.parse(run.stdout) as CliJson;
    for (const fixture of group) {
      const file = output.files.find((candidate) => `/${candidate.path}` === fixture.path);
      found.set(
        fixture,
        (file?.findings ?? []).map((f) => ({
          line: f.start.line,
          ruleId: f.ruleId,
          message: f.message,
          messageId: f.messageId,
        })),
      );
    }
  }
  return found;
};

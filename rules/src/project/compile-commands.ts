import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * A compilation database (`compile_commands.json`, written by CMake, Meson or
 * Bear), read as clangd reads it: the files the project compiles, the folders
 * its `#include "…"` lines search, the macros its `-D` flags define.
 */
export interface CompileDatabase {
  path: string;
  files: string[];
  includeDirs: string[];
  /** `-DNAME` → `1`, `-DNAME=value` → `value`, from every entry (the first value wins). */
  defines: Map<string, string>;
}

interface Entry {
  directory?: unknown;
  file?: unknown;
  arguments?: unknown;
  command?: unknown;
}

/** clangd's places: the root, then `build/` under it. */
export function findCompileCommands(root: string): string | undefined {
  for (const candidate of [
    join(root, 'compile_commands.json'),
    join(root, 'build', 'compile_commands.json'),
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Reads the database; throws an Error that says what is wrong with it. */
export function readCompileCommands(path: string): CompileDatabase {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (!Array.isArray(entries)) throw new Error(`${path}: not a JSON array of compile commands`);
  const files = new Set<string>();
  const includeDirs = new Set<string>();
  const defines = new Map<string, string>();
  entries.forEach((raw: Entry, index) => {
    if (typeof raw?.directory !== 'string' || typeof raw.file !== 'string')
      throw new Error(`${path}: entry ${index} has no "directory" and "file" strings`);
    const directory = raw.directory;
    files.add(resolve(directory, raw.file));
    const args = Array.isArray(raw.arguments)
      ? raw.arguments.filter((arg): arg is string => typeof arg === 'string')
      : typeof raw.command === 'string'
        ? splitCommand(raw.command)
        : [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      const flag = /^(-I|-iquote|-D)(.*)$/.exec(arg);
      if (!flag) continue;
      const [, name, attached] = flag;
      const value = attached !== '' ? attached : args[++i];
      if (value === undefined) continue;
      if (name === '-D') {
        const [macro = '', definition = '1'] = value.split(/=(.*)/s);
        if (!defines.has(macro)) defines.set(macro, definition);
      } else {
        includeDirs.add(isAbsolute(value) ? value : resolve(directory, value));
      }
    }
  });
  return { path, files: [...files], includeDirs: [...includeDirs], defines };
}

/** A shell command line split as a POSIX shell would (quotes and backslashes; no expansions). */
export function splitCommand(command: string): string[] {
  const args: string[] = [];
  let current = '';
  let started = false;
  let quote: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < command.length) current += command[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      started = true;
    } else if (c === '\\' && i + 1 < command.length) {
      current += command[++i];
      started = true;
    } else if (/\s/.test(c)) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultSettings } from '../src/config/settings.js';
import { applyConfigFile, ConfigError } from '../src/config/validate.js';
import {
  chooseLanguage,
  languagePattern,
  looksLikeCpp,
  type LanguagePattern,
} from '../src/parse/language-choice.js';

/** A folder holding these (empty) files. */
function folder(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'connectlint-lang-'));
  for (const file of files) writeFileSync(join(dir, file), '');
  return dir;
}

const CPP_HEADER = 'namespace net {\nclass Client {\n public:\n  int fd;\n};\n}\n';
const C_HEADER = 'struct client { int fd; };\nint client_dial(struct client *c);\n';
const id = (
  path: string,
  text: string,
  languages: readonly LanguagePattern[] = [],
  editorLanguageId?: string,
) => chooseLanguage(path, text, languages, editorLanguageId)?.id;

describe('the language of a C-family file', () => {
  it('follows the extension, .h being C', () => {
    const dir = folder();
    assert.equal(id(join(dir, 'a.c'), CPP_HEADER), 'c');
    assert.equal(id(join(dir, 'a.cc'), C_HEADER), 'cpp');
    assert.equal(id(join(dir, 'a.hpp'), C_HEADER), 'cpp');
    assert.equal(id(join(dir, 'a.h'), C_HEADER), 'c');
    assert.equal(id(join(dir, 'a.ts'), ''), 'typescript');
  });

  it('reads a .h as C++ when it has C++ syntax and its folder is a C++ one', () => {
    const cpp = folder('client.cc', 'server.cpp');
    assert.equal(id(join(cpp, 'client.h'), CPP_HEADER), 'cpp');
    assert.equal(id(join(cpp, 'plain.h'), C_HEADER), 'c');
    // A C folder, a mixed one, one without sources: C.
    for (const dir of [folder('a.c'), folder('a.c', 'b.cc'), folder()])
      assert.equal(id(join(dir, 'client.h'), CPP_HEADER), 'c');
  });

  it("takes the editor's cpp for a .h, except in a C folder", () => {
    assert.equal(id(join(folder(), 'x.h'), C_HEADER, [], 'cpp'), 'cpp');
    assert.equal(id(join(folder('a.cc'), 'x.h'), C_HEADER, [], 'cpp'), 'cpp');
    assert.equal(id(join(folder('a.c'), 'x.h'), CPP_HEADER, [], 'cpp'), 'c');
    assert.equal(id(join(folder(), 'x.h'), C_HEADER, [], 'c'), 'c');
  });

  it("takes the config's languages first: by name, by path, the first match", () => {
    const dir = folder('a.c');
    mkdirSync(join(dir, 'include', 'net'), { recursive: true });
    const header = join(dir, 'include', 'net', 'x.h');
    assert.equal(id(header, C_HEADER, [languagePattern('*.h', 'cpp')], 'c'), 'cpp');
    assert.equal(id(header, C_HEADER, [languagePattern('include/**/*.h', 'cpp')]), 'cpp');
    assert.equal(id(header, C_HEADER, [languagePattern('src/*.h', 'cpp')]), 'c');
    assert.equal(id(header, C_HEADER, [languagePattern('include/*.h', 'cpp')]), 'c');
    const cppFolder = folder('a.cc');
    assert.equal(
      id(join(cppFolder, 'x.h'), CPP_HEADER, [
        languagePattern('x.h', 'c'),
        languagePattern('*.h', 'cpp'),
      ]),
      'c',
    );
    // An extension the config maps: `.c` files of a C++ project.
    assert.equal(id(join(dir, 'a.c'), C_HEADER, [languagePattern('*.c', 'cpp')]), 'cpp');
  });

  it('sees C++ syntax, not C with a C23 attribute or a scope-less label', () => {
    for (const text of [
      'template <typename T> T f(T);',
      'class A { int x; };',
      'using namespace std;',
      'int f() { return std::max(1, 2); }',
      'struct A {\n private:\n  int x;\n};',
    ])
      assert.ok(looksLikeCpp(text), text);
    for (const text of [C_HEADER, '[[gnu::noreturn]] void die(void);', 'int x = a ? b : c;'])
      assert.ok(!looksLikeCpp(text), text);
  });

  it('validates the config entry', () => {
    const settings = defaultSettings();
    applyConfigFile({ languages: { '*.h': 'cpp', 'legacy/*.h': 'c' } }, settings, 'cfg');
    assert.deepEqual(
      settings.languages.map((entry) => [entry.glob, entry.language]),
      [
        ['*.h', 'cpp'],
        ['legacy/*.h', 'c'],
      ],
    );
    assert.throws(
      () => applyConfigFile({ languages: { '*.h': 'c++' } }, defaultSettings(), 'cfg'),
      (error: ConfigError) => /languages\.\*\.h: must be one of "c", "cpp"/.test(error.message),
    );
    assert.throws(
      () => applyConfigFile({ languages: ['*.h'] }, defaultSettings(), 'cfg'),
      ConfigError,
    );
  });
});

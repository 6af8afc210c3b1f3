import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SEED_FILE, SHARED_SEED_FILE } from '../src/knowledge/build-data.js';
import { errnoEntries, manPage, pageErrnos } from '../src/knowledge/knowledge-base.js';
import { localManual } from '../src/knowledge/local-manual.js';
import {
  ERRNO_TAGS,
  parseManPage,
  renderAsSeed,
  UNIX_ERRNO_TAGS,
} from '../src/knowledge/parse-manpage.js';
import { platformNotes } from '../src/knowledge/platform-notes.js';
import { PLATFORMS } from '../src/platform/platforms.js';

describe('the connect(2) knowledge base', () => {
  const seed = readFileSync(SEED_FILE, 'utf8');

  it('keeps an exact copy of the project seed', () => {
    // CI checks out shared/ beside the repository; elsewhere the copy stands alone.
    if (existsSync(SHARED_SEED_FILE)) assert.equal(seed, readFileSync(SHARED_SEED_FILE, 'utf8'));
  });

  it('is the seed page, parsed: the committed data equals a fresh parse', () => {
    assert.deepEqual(manPage(), parseManPage(seed));
  });

  it('holds every word of the page: rendered back, it is the seed text', () => {
    const body = seed.slice(seed.indexOf('CONNECT(2) FreeBSD System Calls Manual CONNECT(2)'));
    const start = body.indexOf('\n') + 1;
    const end = body.indexOf('FreeBSD 13.1-RELEASE') + 'FreeBSD 13.1-RELEASE'.length;
    const normalize = (text: string) => text.replace(/\n\s*\n/g, '\n\n').trim();
    assert.equal(renderAsSeed(manPage()), normalize(body.slice(start, end)));
  });

  it('has every errno tag, in the page order', () => {
    const page = manPage();
    assert.deepEqual(
      page.errors.entries.map((entry) => entry.errno),
      [...ERRNO_TAGS],
    );
    assert.deepEqual(
      page.unixErrors.entries.map((entry) => entry.errno),
      [...UNIX_ERRNO_TAGS],
    );
    assert.equal(
      seed.split('\n').filter((line) => line === '[]').length,
      ERRNO_TAGS.length + UNIX_ERRNO_TAGS.length,
    );
    assert.match(errnoEntries('EINTR')[0]?.entry.text ?? '', /as in the case of EINPROGRESS\.$/);
    assert.match(errnoEntries('EINPROGRESS')[0]?.entry.text ?? '', /^The socket is non-blocking/);
    assert.match(errnoEntries('EAFNOSUPPORT')[0]?.entry.text ?? '', /address family/);
    assert.equal(errnoEntries('EACCES').length, 3);
    assert.equal(pageErrnos().length, 23);
  });

  it('fails loudly on a page of another shape', () => {
    assert.throws(() => parseManPage('nothing here'), /not the connect\(2\) page/);
    assert.throws(
      () => parseManPage(seed.replace('[]\nThe s argument is not', 'The s argument is not')),
      /expected "\[\]"|error entries/,
    );
  });

  it('carries the copyright and the BSD licence of the page', () => {
    const page = manPage();
    assert.match(page.copyright, /Regents of the University of California/);
    assert.equal(page.license, 'BSD-3-Clause');
    assert.match(page.licenseText, /Redistribution and use in source and binary forms/);
  });

  it('has platform notes with their sources', () => {
    for (const platform of PLATFORMS)
      assert.ok(platformNotes('sun_path', platform).length === 1, platform);
    const eagain = platformNotes('EAGAIN', 'linux')[0];
    assert.match(eagain?.text ?? '', /UNIX-domain/);
    assert.match(eagain?.source ?? '', /connect\(2\)/);
    assert.deepEqual(platformNotes('EAGAIN', 'freebsd'), []);
  });

  it('reads the local manual when the machine has one', () => {
    const installed = spawnSync('man', ['-w', '2', 'connect'], { encoding: 'utf8' }).status === 0;
    const text = localManual();
    if (installed) {
      assert.match(text ?? '', /connect/);
      assert.ok(!(text ?? '').includes('\u0008'));
    } else {
      assert.equal(text, undefined);
    }
    assert.ok(existsSync(SEED_FILE));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  directivesMayNameAPlatform,
  MAY_NAME_A_PLATFORM,
  PLATFORM_MACROS,
} from '../src/model/c/platform-regions.js';

/**
 * `platformAt` reads no region of a text in which `MAY_NAME_A_PLATFORM` finds
 * nothing: it must find every name `PLATFORM_MACROS` gives to a platform.
 */
const NAMES = [
  '__linux__',
  '__linux',
  'linux',
  '__gnu_linux__',
  'LINUX',
  'HOST_OS_LINUX',
  '_LINUX_',
  '__APPLE__',
  '__MACH__',
  'DARWIN',
  'OS_MACOSX',
  'MACOS',
  'OSX',
  'HAVE_OSX_',
  'APPLE',
  '__FreeBSD__',
  '__FreeBSD_kernel__',
  'FREEBSD',
  'OS_FREEBSD',
];

describe('the platform prefilter', () => {
  it('finds every name a platform has', () => {
    for (const name of NAMES) {
      assert.ok(
        PLATFORM_MACROS.some(([, names]) => names.test(name)),
        `${name} is a platform's name`,
      );
      assert.match(name, MAY_NAME_A_PLATFORM);
    }
  });

  it('reads the directives alone, with their continuation lines', () => {
    assert.equal(directivesMayNameAPlatform('#ifdef __linux__\nint x;\n#endif\n'), true);
    assert.equal(
      directivesMayNameAPlatform('int a;\n  #if defined(A) || \\\n  defined(__APPLE__)\n#endif\n'),
      true,
    );
    assert.equal(
      directivesMayNameAPlatform('#if defined(A) || \\\r\n defined(__FreeBSD__)\n#endif\n'),
      true,
    );
    // Words in code and comments are no condition.
    assert.equal(
      directivesMayNameAPlatform('/* linux */\nint linux_fd;\n#ifdef WIN32\n#endif\n'),
      false,
    );
    assert.equal(directivesMayNameAPlatform('x = 1; # ifdef __linux__\n'), false);
  });
});

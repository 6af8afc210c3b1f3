import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectView } from '../src/model/c/project-view.js';
import { ProjectIndex } from '../src/project/project-index.js';

/**
 * `findsExternal` lets a file skip reading the names it calls (1 ms per
 * keystroke in a 1,600-line function) when no other file's function can be
 * among them: it must say so only when `external` can find no name at all.
 */
const DIAL =
  'int dial(int fd) { return connect(fd, 0, 0); }\nint other(void) { return dial(3); }\n';

describe('the project view', () => {
  it('finds nothing external when the project is the file alone', () => {
    const index = new ProjectIndex();
    index.set('/p/main.c', DIAL);
    const view = projectView('/p/main.c', DIAL, index.project());
    assert.equal(view.findsExternal, false);
    assert.equal(view.external('dial'), undefined);
  });

  it('finds a function of another file', () => {
    const index = new ProjectIndex();
    index.set('/p/main.c', DIAL);
    index.set('/p/util.c', 'int helper(int fd) { return connect(fd, 0, 0); }\n');
    const view = projectView('/p/main.c', DIAL, index.project());
    assert.equal(view.findsExternal, true);
    assert.equal(view.external('helper')?.name, 'helper');
  });

  it('finds the file’s own function the project still has from an older version', () => {
    // A function renamed in the editor: the project (settled later) still has the old name.
    const index = new ProjectIndex();
    index.set('/p/main.c', DIAL);
    const renamed = DIAL.replace('int dial(', 'int dial2(');
    const view = projectView('/p/main.c', renamed, index.project());
    assert.equal(view.findsExternal, true);
    assert.equal(view.external('dial')?.name, 'dial');
  });
});

/**
 * A one-line progress counter on stderr, only when stderr is a terminal and the
 * run has lasted long enough to need one; erased when the run ends.
 */
export function createProgress(stream: NodeJS.WriteStream, total: number) {
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  const enabled = stream.isTTY === true && total > 1;
  return {
    update(done: number) {
      if (!enabled) return;
      const now = Date.now();
      if (now - started < 1000 || now - lastDraw < 100) return;
      lastDraw = now;
      drawn = true;
      stream.write(`\rconnectlint: ${done}/${total} files (${Math.floor((100 * done) / total)}%)`);
    },
    end() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}

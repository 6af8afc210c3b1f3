#!/usr/bin/env node
// The connectlint CLI: sets the exit status and lets stdout drain before exiting.
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.stderr.write(`connectlint: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);

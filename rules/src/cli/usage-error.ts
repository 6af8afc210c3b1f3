/** A mistake in the command line: reported with a hint to `--help`, exit 2. */
export class UsageError extends Error {}

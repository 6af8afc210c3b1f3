import { RULES_BY_ID } from '../rules/index.js';
import { UsageError } from './usage-error.js';
import type { FixRequest } from './fix.js';
import { parseShard, type Shard } from './shard.js';
import type { SuppressionOptions } from './suppressions.js';

/** The options for CI and for adopting connectlint on existing code (see README, "CI"). */
export interface CiOptions {
  fix?: FixRequest;
  suppressions: SuppressionOptions;
  shard?: Shard;
  changedSince?: string;
}

/** Their `parseArgs` declarations; names are ESLint's where ESLint has the option. */
export const CI_OPTION_SPECS = {
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'unsafe-fixes': { type: 'boolean' },
  'fix-rule': { type: 'string', multiple: true },
  'suppress-all': { type: 'boolean' },
  'suppress-rule': { type: 'string', multiple: true },
  'prune-suppressions': { type: 'boolean' },
  'suppressions-location': { type: 'string' },
  'pass-on-unpruned-suppressions': { type: 'boolean' },
  shard: { type: 'string' },
  'changed-since': { type: 'string' },
} as const;

export const CI_HELP = `      --fix                        apply the safe quick fixes in place, then report
                                   what is left
      --fix-dry-run                the same, without writing: the fixed text is the
                                   JSON output's "output"
      --unsafe-fixes               with --fix: also the fixes that need a look
      --fix-rule <id>              with --fix: only this rule's fixes (repeatable)
      --suppress-all               record today's errors in connectlint-suppressions.json:
                                   later runs report only errors beyond them
      --suppress-rule <id>         the same for one rule (repeatable)
      --prune-suppressions         drop recorded errors that are gone
      --suppressions-location <path>
                                   the suppressions file (default:
                                   connectlint-suppressions.json)
      --pass-on-unpruned-suppressions
                                   do not fail (exit 2) when recorded errors are gone
      --shard <k/n>                lint the k-th of n parts of the files (by path hash)
      --changed-since <ref>        lint only the files changed since a git ref
`;

type Values = {
  [K in keyof typeof CI_OPTION_SPECS]?: (typeof CI_OPTION_SPECS)[K] extends { multiple: true }
    ? string[]
    : (typeof CI_OPTION_SPECS)[K] extends { type: 'string' }
      ? string
      : boolean;
};

/** Reads and checks the CI options; a contradiction is a usage error, as in ESLint. */
export function ciOptions(values: Values, stdin: boolean): CiOptions {
  const fixRules = knownRules(values['fix-rule'], '--fix-rule');
  const suppressRules = knownRules(values['suppress-rule'], '--suppress-rule');
  const options: CiOptions = {
    suppressions: {
      all: values['suppress-all'] ?? false,
      rules: suppressRules,
      prune: values['prune-suppressions'] ?? false,
      passOnUnpruned: values['pass-on-unpruned-suppressions'] ?? false,
      ...(values['suppressions-location'] !== undefined
        ? { location: values['suppressions-location'] }
        : {}),
    },
  };
  if (values.fix && values['fix-dry-run']) {
    throw new UsageError('--fix and --fix-dry-run cannot be used together');
  }
  if (values.fix || values['fix-dry-run']) {
    if (stdin && values.fix) {
      throw new UsageError('--fix cannot write standard input back: use --fix-dry-run');
    }
    options.fix = {
      write: values.fix ?? false,
      unsafe: values['unsafe-fixes'] ?? false,
      ...(fixRules.length > 0 ? { rules: fixRules } : {}),
    };
  } else if (values['unsafe-fixes'] || fixRules.length > 0) {
    throw new UsageError('--unsafe-fixes and --fix-rule go with --fix or --fix-dry-run');
  }
  const { all, rules, prune } = options.suppressions;
  if (all && rules.length > 0) {
    throw new UsageError('--suppress-all and --suppress-rule cannot be used together');
  }
  if (prune && (all || rules.length > 0)) {
    throw new UsageError(
      '--prune-suppressions cannot be used with --suppress-all or --suppress-rule',
    );
  }
  if (stdin && (all || rules.length > 0 || prune)) {
    throw new UsageError(
      '--suppress-all, --suppress-rule and --prune-suppressions need files, not --stdin',
    );
  }
  if (values.shard !== undefined) {
    const shard = parseShard(values.shard);
    if (!shard) throw new UsageError(`--shard needs k/n with 1 <= k <= n, not '${values.shard}'`);
    options.shard = shard;
  }
  if (values['changed-since'] !== undefined) options.changedSince = values['changed-since'];
  if (stdin && (options.shard || options.changedSince !== undefined)) {
    throw new UsageError('--shard and --changed-since choose among files, not --stdin');
  }
  return options;
}

function knownRules(ids: string[] | undefined, flag: string): string[] {
  for (const id of ids ?? []) {
    if (!RULES_BY_ID.has(id)) {
      throw new UsageError(`${flag}: unknown rule '${id}' (see --list-rules)`);
    }
  }
  return ids ?? [];
}

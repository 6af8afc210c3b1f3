import { CONFIGURABLE_LANGUAGES } from '../parse/language-choice.js';
import { DEFAULT_PLATFORM, PLATFORMS } from '../platform/platforms.js';
import { RULES } from '../rules/index.js';
import { SEVERITIES } from '../rules/rule.js';
import { WRAPPER_KINDS } from './validate.js';

/** The part of JSON Schema the configuration needs. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  enum?: readonly unknown[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  pattern?: string;
}

/**
 * `connectlint.config.json` as JSON Schema, made from the rule list, the platforms and
 * the severities, so that nobody keeps a copy by hand: editors' settings (the VS Code
 * extension's `contributes.configuration`) are generated from it. `validate.ts` stays
 * the one validator; a test holds its keys and these equal.
 */
export function configSchema(): JsonSchema & { properties: Record<string, JsonSchema> } {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      platform: {
        type: 'string',
        enum: PLATFORMS,
        default: DEFAULT_PLATFORM,
        description:
          "The platform the code is judged for: sun_path's size, whether a namelen longer than the address is refused, EAGAIN from non-blocking UNIX-domain connects.",
      },
      rules: {
        type: 'object',
        description: 'Rule severities, and options: "off", "warn", "error" or [severity, options].',
        properties: Object.fromEntries(RULES.map((rule) => [rule.meta.id, ruleSchema(rule)])),
        additionalProperties: false,
      },
      ignores: {
        type: 'array',
        items: { type: 'string' },
        default: [],
        description:
          "gitignore-style patterns, relative to the config file's folder, of files not to lint.",
      },
      reportUnusedDisableDirectives: {
        type: 'boolean',
        default: false,
        description: 'Report connectlint-disable comments that suppress nothing.',
      },
      wrappers: {
        type: 'object',
        description:
          "The project's own helpers defined in other files: connect (connect's arguments and result), socket (return a new socket), nonBlocking (make their first argument non-blocking), blocking (make their first argument blocking again).",
        properties: Object.fromEntries(
          WRAPPER_KINDS.map((kind) => [
            kind,
            { type: 'array', items: { type: 'string', pattern: '^[A-Za-z_]\\w*$' }, default: [] },
          ]),
        ),
        additionalProperties: false,
      },
      languages: {
        type: 'object',
        description:
          'Files read as C or C++ whatever their extension says, by glob: { "*.h": "cpp" }. A glob without "/" matches file names in any folder, one with "/" the end of the path; the first that matches decides. Without one, a .h is C unless the editor says cpp (outside a folder of C sources), or it has C++ syntax and its folder\'s sources are C++.',
        additionalProperties: { type: 'string', enum: CONFIGURABLE_LANGUAGES },
        default: {},
      },
      manual: {
        type: 'string',
        enum: ['builtin', 'local'],
        default: 'builtin',
        description:
          "Hovers show the built-in FreeBSD connect(2), or the machine's own `man 2 connect` when installed.",
      },
    },
  };
}

/** `"warn"` or `["warn", { ...options }]`, the options from the rule's own schema. */
function ruleSchema(rule: (typeof RULES)[number]): JsonSchema {
  const severity: JsonSchema = { type: 'string', enum: SEVERITIES };
  return {
    description: rule.meta.description,
    default: rule.meta.defaultSeverity,
    oneOf: [
      severity,
      {
        type: 'array',
        items: [severity, rule.meta.schema as JsonSchema],
        minItems: 1,
        maxItems: 2,
      },
    ],
  };
}

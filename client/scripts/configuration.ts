import { configSchema, type JsonSchema } from 'connectlint';
import { CLIENT_ONLY_SETTINGS } from '../src/settings.js';

/** Config-file keys an editor has no use for: it lints the files it opens. */
const FILE_ONLY_KEYS = ['ignores'];

/** The client's own settings; `CLIENT_ONLY_SETTINGS` keeps them from the server. */
const CLIENT_SETTINGS: Record<string, JsonSchema & { scope: string }> = {
  'connectlint.trace.server': {
    scope: 'window',
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    description:
      'Traces the messages between VS Code and the connectlint language server in the connectlint output channel.',
  },
};

/**
 * `contributes.configuration`, made from the engine's config schema: every setting of
 * `connectlint.config.json` the server reads, as `connectlint.<key>`. `npm run manifest
 * -w client` writes it into package.json; the manifest test fails when the two differ.
 */
export function contributedConfiguration(): {
  title: string;
  properties: Record<string, JsonSchema & { scope: string }>;
} {
  const settings = Object.entries(configSchema().properties)
    .filter(([key]) => !FILE_ONLY_KEYS.includes(key))
    .map(([key, schema]) => [`connectlint.${key}`, editorSetting(schema)]);
  return {
    title: 'connectlint',
    properties: { ...Object.fromEntries(settings), ...CLIENT_SETTINGS },
  };
}

/**
 * `resource` scope: each folder of a multi-root workspace may judge its code for its own
 * platform and rules (the extension starts a server per folder and reads the folder's
 * value for it); VS Code ignores a folder's value of a `window` setting.
 *
 * Unset is `null`, and the server drops nulls: the value then comes from the workspace's
 * `connectlint.config.json`, else the engine's default. A default of the engine's own
 * here would always override the config file.
 */
function editorSetting(schema: JsonSchema): JsonSchema & { scope: string } {
  const { default: engineDefault, description, type, ...rest } = schema;
  const fallback =
    engineDefault === undefined ? "each rule's default" : `\`${JSON.stringify(engineDefault)}\``;
  return {
    scope: 'resource',
    ...rest,
    // The Settings editor shows `null` as a choice: name it for what it means.
    ...(rest.enum
      ? {
          enum: [...rest.enum, null],
          enumItemLabels: [...rest.enum.map(String), `unset (${fallbackLabel(engineDefault)})`],
        }
      : {}),
    type: [...[type ?? []].flat(), 'null'],
    default: null,
    markdownDescription: `${description} Unset: the value in \`connectlint.config.json\`, else ${fallback}.`,
  };
}

function fallbackLabel(engineDefault: unknown): string {
  return engineDefault === undefined
    ? 'the config file, else the default'
    : `the config file, else ${String(engineDefault)}`;
}

// CLIENT_ONLY_SETTINGS and CLIENT_SETTINGS name the same keys.
for (const key of Object.keys(CLIENT_SETTINGS)) {
  const top = key.split('.')[1] ?? '';
  if (!(CLIENT_ONLY_SETTINGS as readonly string[]).includes(top))
    throw new Error(`${key} must be listed in CLIENT_ONLY_SETTINGS`);
}

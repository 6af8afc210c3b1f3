/**
 * Settings under `connectlint.` that only the client reads. The server validates its
 * section like a `connectlint.config.json`, where an unknown key is an error, so these
 * are taken out of the section before it is sent.
 */
export const CLIENT_ONLY_SETTINGS = ['trace'] as const;

/** The `connectlint` section as the server may see it. */
export function serverSection(section: unknown): unknown {
  if (typeof section !== 'object' || section === null || Array.isArray(section)) return section;
  return Object.fromEntries(
    Object.entries(section).filter(
      ([key]) => !(CLIENT_ONLY_SETTINGS as readonly string[]).includes(key),
    ),
  );
}

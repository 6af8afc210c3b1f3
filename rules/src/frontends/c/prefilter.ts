/**
 * C: a call `connect(` (a wrapper of connect in the file calls it too) or
 * `sun_path` — the front end's prefilter before any wrapper name is known.
 * Alone in its module: the CLI's workers survey files with it before they
 * load the engine.
 */
export const C_MAY_MATTER = /\bconnect\s*\(|sun_path/;

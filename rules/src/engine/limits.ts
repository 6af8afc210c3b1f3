/**
 * Files larger than this are skipped with a notice: no real C source is this big.
 * Alone in its module: the CLI's workers read it before they load the engine.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

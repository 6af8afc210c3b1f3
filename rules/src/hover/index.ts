/** connectlint/hover: documentation for a position in a parsed file. */
export { hoverAt, type Hover, type HoverRequest } from './hover.js';
export { localManual } from '../knowledge/local-manual.js';
export { connectMarkdown, errnoMarkdown, passageMarkdown } from '../knowledge/markdown.js';

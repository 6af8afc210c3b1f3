import type { CFileModel } from '../model/c/types.js';
import type { SyntaxNode } from '../parse/syntax.js';
import type { Platform } from '../platform/platforms.js';
import { cHover } from './c-hover.js';
import { nodeHover } from './node-hover.js';
import type { NodeFileModel } from '../model/node/types.js';

/** A parsed file, as a face holds it, and the place asked about. */
export interface HoverRequest {
  /** The engine's language id: `c` now; TypeScript and JavaScript join with their front end. */
  language: string;
  root: SyntaxNode;
  /** The C model, for C files. */
  model?: CFileModel;
  /** The Node model, for TypeScript and JavaScript files. */
  nodeModel?: NodeFileModel;
  platform: Platform;
  /** UTF-16 offset of the position. */
  offset: number;
  /** The machine's own `man 2 connect`, when the user asked for it and it is installed. */
  localManual?: string;
}

export interface Hover {
  markdown: string;
  /** The span the hover is about (UTF-16 offsets). */
  start: number;
  end: number;
}

/** Position in a parsed file → documentation, or nothing. Pure: no I/O. */
export function hoverAt(request: HoverRequest): Hover | undefined {
  switch (request.language) {
    case 'c':
      return request.model ? cHover(request, request.model) : undefined;
    case 'typescript':
    case 'tsx':
    case 'javascript':
      return request.nodeModel ? nodeHover(request, request.nodeModel) : undefined;
    default:
      return undefined;
  }
}

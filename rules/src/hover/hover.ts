import type { AnyModel } from '../frontends/models.js';
import { frontEndOf } from '../frontends/registry.js';
import { languageById } from '../parse/languages.js';
import type { SyntaxNode } from '../parse/syntax.js';
import type { Platform } from '../platform/platforms.js';

/** A parsed file, as a face holds it, and the place asked about. */
export interface HoverRequest {
  /** The engine's language id (the language table's `id`). */
  language: string;
  root: SyntaxNode;
  /** The file's model, as its language's front end built it (`Analysis.model`). */
  model: AnyModel;
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

/** Position in a parsed file → documentation, or nothing: the language's front end says. Pure: no I/O. */
export function hoverAt(request: HoverRequest): Hover | undefined {
  return frontEndOf(languageById(request.language)).hover(request, request.model as never);
}

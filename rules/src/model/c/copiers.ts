/**
 * The C library calls that write a string into a buffer, by how they bound it.
 * Indices are argument positions; the destination is argument 0 except for bcopy.
 */
export type CopierKind =
  /** No bound at all: strcpy, strcat, sprintf. */
  | 'unbounded'
  /** Copies exactly `size` bytes: memcpy, memmove, bcopy. */
  | 'sized'
  /** Bounded, and truncates without saying so: strncpy, strncat. */
  | 'truncating-silent'
  /** Bounded, and returns the length it wanted, so truncation can be checked. */
  | 'truncating-reported';

export interface Copier {
  kind: CopierKind;
  /** The string copied (absent for formats). */
  source?: number;
  /** The byte bound or count. */
  size?: number;
  /** The format string of the printf family. */
  format?: number;
}

export const COPIERS: Readonly<Record<string, Copier>> = {
  strcpy: { kind: 'unbounded', source: 1 },
  stpcpy: { kind: 'unbounded', source: 1 },
  strcat: { kind: 'unbounded', source: 1 },
  sprintf: { kind: 'unbounded', format: 1 },
  vsprintf: { kind: 'unbounded', format: 1 },
  memcpy: { kind: 'sized', source: 1, size: 2 },
  memmove: { kind: 'sized', source: 1, size: 2 },
  bcopy: { kind: 'sized', source: 0, size: 2 },
  strncpy: { kind: 'truncating-silent', source: 1, size: 2 },
  stpncpy: { kind: 'truncating-silent', source: 1, size: 2 },
  strncat: { kind: 'truncating-silent', source: 1, size: 2 },
  snprintf: { kind: 'truncating-reported', size: 1, format: 2 },
  vsnprintf: { kind: 'truncating-reported', size: 1, format: 2 },
  strlcpy: { kind: 'truncating-reported', source: 1, size: 2 },
  strlcat: { kind: 'truncating-reported', source: 1, size: 2 },
};

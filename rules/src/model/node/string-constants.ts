import { jsStringValue } from './strings.js';
import type { NameIndex } from './name-index.js';
import type { StringConstants } from './types.js';
import type { NodeProjectView } from './project-view.js';

/**
 * `const SOCKET_PATH = '/run/app.sock'`: a name of the file declared once, `const`, with
 * a constant string (for path lengths, and to tell a constant option from a given one).
 * Each name is read when a rule first asks for it, from its occurrences: reading every
 * `const` of a file was a sixth of the model's time, for the one or two names asked.
 */
export class FileStringConstants implements StringConstants {
  private readonly known = new Map<string, string | undefined>();

  /** `project`: the project's modules, for a name the file imports (a constant of another module). */
  constructor(
    private readonly index: NameIndex,
    private readonly project?: NodeProjectView,
  ) {}

  get(name: string): string | undefined {
    if (this.known.has(name)) return this.known.get(name);
    // Undefined while it is read: `const A = A + 'x'` is no constant.
    this.known.set(name, undefined);
    const value = this.read(name) ?? this.imported(name);
    this.known.set(name, value);
    return value;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /**
   * An imported constant: only for a name the file neither assigns nor declares other than
   * by its import (a parameter or a variable of that name shadows it).
   */
  private imported(name: string): string | undefined {
    const value = this.project?.constantOf(name);
    if (value === undefined) return undefined;
    const declared = this.index.occurrences(name).some((node) => {
      const parent = node.parent;
      if (/parameter/.test(parent?.type ?? '')) return true;
      if (parent?.type !== 'variable_declarator') return this.index.assignedTo(node);
      // `const X = require('./paths').X` is the import itself.
      return !/\brequire\s*\(/.test(parent.childForFieldName('value')?.text ?? '');
    });
    return declared ? undefined : value;
  }

  private read(name: string): string | undefined {
    const assigned = (_start: number, end: number) => this.index.assignedAfter(end);
    const declarations = this.index.occurrences(name, undefined, assigned).filter((node) => {
      if (!this.index.assignedTo(node)) return false;
      const parent = node.parent;
      return (
        parent?.type === 'variable_declarator' &&
        parent.childForFieldName('name')?.startIndex === node.startIndex
      );
    });
    // A name declared twice (in two functions, say) is not one constant.
    const declarator = declarations.length === 1 ? declarations[0]?.parent : undefined;
    if (!declarator || !/^const\b/.test(declarator.parent?.text ?? '')) return undefined;
    const value = declarator.childForFieldName('value');
    return value ? jsStringValue(value, this) : undefined;
  }
}

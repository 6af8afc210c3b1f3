/**
 * A kind of fact a model keeps: a name (for debugging) and, by its type, what it
 * is keyed by (a connect call, a function, the file) and what it holds.
 * Declared once, beside the code that computes it.
 */
export interface FactKind<Key extends object, Value> {
  readonly name: string;
  /** Phantom: ties the kind to its key and value types. */
  readonly types?: (key: Key) => Value;
}

export function factKind<Key extends object, Value>(name: string): FactKind<Key, Value> {
  return { name };
}

/**
 * Facts computed from one model, kept with it: the first rule that asks
 * computes, the others read. The store is a member of the model, so its facts
 * live and die with the file's analysis — no module-level cache outlives it
 * or is shared between two analyses of the same tree.
 */
export class FactStore {
  // Keyed by the kind object itself; its types only check the callers.
  private readonly kinds = new Map<object, WeakMap<object, unknown>>();

  get<Key extends object, Value>(
    kind: FactKind<Key, Value>,
    key: Key,
    compute: (key: Key) => Value,
  ): Value {
    let values = this.kinds.get(kind);
    if (!values) this.kinds.set(kind, (values = new WeakMap()));
    if (values.has(key)) return values.get(key) as Value;
    const value = compute(key);
    values.set(key, value);
    return value;
  }
}

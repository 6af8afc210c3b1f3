/**
 * A node's `endIndex` read once per node object until a tree is edited, instead of a
 * call into the addon each time: the Node model and its rules ask ~6,900 times per
 * round of the npm bench (spans compared, texts sliced), most of them of nodes asked
 * before. A node's end changes only when its tree is edited (`Tree.edit` moves the
 * nodes the binding keeps), so every edit, of any tree, makes every node read its end
 * again. The end and the edit count it was read at are kept in fields 6–7 of the node
 * object, after the binding's own 0–5 (its id and tree-sitter's `context`).
 */
interface NativeModule {
  Tree: { prototype: { edit(...args: unknown[]): unknown } };
  SyntaxNode: { prototype: object };
}

type NodeFields = Record<number, number>;

const installed = new WeakSet<object>();

export function keepEndsUntilEdit(binding: NativeModule): void {
  const proto = binding.SyntaxNode.prototype;
  const own = Object.getOwnPropertyDescriptor(proto, 'endIndex');
  const read = own?.get;
  const edit = binding.Tree.prototype.edit;
  if (!read || typeof edit !== 'function' || installed.has(proto)) return;
  installed.add(proto);
  let edits = 0;
  binding.Tree.prototype.edit = function (this: unknown, ...args: unknown[]) {
    edits++;
    return edit.apply(this, args);
  };
  Object.defineProperty(proto, 'endIndex', {
    configurable: true,
    get(this: NodeFields) {
      if (this[7] === edits) return this[6];
      const end = read.call(this) as number;
      this[6] = end;
      this[7] = edits;
      return end;
    },
  });
}

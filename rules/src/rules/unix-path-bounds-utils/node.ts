import { jsStringValue } from '../../model/node/strings.js';
import type { NodeFileModel, StringConstants } from '../../model/node/types.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import type { Report } from '../rule.js';

/** The rule's messages this part reports. */
type PathReport = Report<'literalTooLong'>;

/**
 * Node: `net.connect({ path })`, `net.createConnection('/path')`,
 * `socket.connect(path)`: a constant path whose UTF-8 bytes, NUL included, do
 * not fit the platform's sun_path. libuv copies what fits and cuts the rest
 * (Node 20 on Linux: cut to 107 bytes, and connect(2) answers ENOENT).
 */
export function nodePathTooLong(model: NodeFileModel, size: number): PathReport[] {
  const reports: PathReport[] = [];
  for (const socket of model.sockets) {
    if (socket.kind === 'dgram') continue;
    const firstArgs = [
      ...(socket.connecting ? [socket.args[0]] : []),
      ...socket.uses.filter((use) => use.method === 'connect').map((use) => use.args[0]),
    ];
    for (const arg of firstArgs) {
      const path = arg ? pathArgument(arg, model.stringConstants) : undefined;
      if (!path) continue;
      const value = jsStringValue(path, model.stringConstants);
      if (value === undefined || exempt(value)) continue;
      const bytes = Buffer.byteLength(value, 'utf8') + 1;
      if (bytes > size)
        reports.push({ messageId: 'literalTooLong', data: { length: bytes }, start: path });
    }
  }
  return reports;
}

/** The path of a connect's first argument: a string, or `{ path: ... }`. */
function pathArgument(arg: SyntaxNode, constants: StringConstants): SyntaxNode | undefined {
  if (arg.type === 'object') {
    for (let i = 0; i < arg.namedChildCount; i++) {
      const pair = arg.namedChild(i);
      if (
        pair?.type === 'pair' &&
        /^['"]?path['"]?$/.test(pair.childForFieldName('key')?.text ?? '')
      ) {
        return pair.childForFieldName('value') ?? undefined;
      }
    }
    return undefined;
  }
  // A number is a port; a string, or a constant that holds one, is a path.
  if (arg.type === 'identifier') return constants.has(arg.text) ? arg : undefined;
  return arg.type === 'string' || arg.type === 'template_string' || arg.type === 'binary_expression'
    ? arg
    : undefined;
}

/** Linux abstract names (leading NUL) and Windows named pipes are not sun_path paths. */
function exempt(path: string): boolean {
  return path.startsWith('\0') || /^\\\\[?.]\\pipe\\/i.test(path);
}

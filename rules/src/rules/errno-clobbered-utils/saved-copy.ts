import { mayFollow, unwrapValue, walk } from '../../model/c/ast.js';
import { isErrnoRead, type ErrnoVocabulary } from '../../model/c/errno-vocabulary.js';
import type { SyntaxNode } from '../../parse/syntax.js';

/**
 * The variable errno was saved in between the connect and the call that
 * clobbers it, if any: `int saved = errno; close(fd); ... strerror(errno)` reads
 * errno where the code meant its saved copy — the message can say which. (A
 * save after the clobber, `close(fd); saved = errno;`, is itself the late read.)
 */
export function savedCopyBefore(
  read: SyntaxNode,
  clobber: SyntaxNode,
  after: number,
  body: SyntaxNode,
  vocabulary: ErrnoVocabulary,
): string | undefined {
  let saved: string | undefined;
  walk(body, (node) => {
    if (node.endIndex <= after) return false;
    if (node.startIndex >= clobber.startIndex) return false;
    let name: string | undefined;
    let value: SyntaxNode | null = null;
    if (node.type === 'init_declarator') {
      name = node.childForFieldName('declarator')?.text;
      value = node.childForFieldName('value');
    } else if (node.type === 'assignment_expression') {
      name = node.childForFieldName('left')?.text;
      value = node.childForFieldName('right');
    }
    const before = node.endIndex <= clobber.startIndex;
    if (
      name &&
      value &&
      before &&
      isErrnoRead(unwrapValue(value), vocabulary) &&
      mayFollow(node, read)
    )
      saved = name;
  });
  return saved;
}

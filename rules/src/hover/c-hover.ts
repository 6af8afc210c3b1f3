import {
  callSiteMarkdown,
  connectMarkdown,
  errnoMarkdown,
  passageMarkdown,
  type CallHandling,
} from '../knowledge/markdown.js';
import { pageErrnos } from '../knowledge/knowledge-base.js';
import { passage } from '../knowledge/passages.js';
import type { CFileModel, ConnectCall } from '../model/c/types.js';
import { outcomeFacts } from '../rules/shared/outcome-facts.js';
import type { Hover, HoverRequest } from './hover.js';

const ERRNO_NAME = /^(WSA)?E[A-Z0-9]{2,}$/;
const NOT_CODE = new Set([
  'comment',
  'string_literal',
  'string_content',
  'char_literal',
  'system_lib_string',
]);

/** Hovers in C: a connect call, an errno name, an identifier that matters to connect. */
export function cHover(request: HoverRequest, model: CFileModel): Hover | undefined {
  const node = request.root.descendantForIndex(request.offset);
  if (NOT_CODE.has(node.type) || (node.parent && NOT_CODE.has(node.parent.type))) return undefined;
  const span = { start: node.startIndex, end: node.endIndex };
  if (node.type !== 'identifier' && node.type !== 'field_identifier') return undefined;

  if (node.text === 'connect') {
    const connect = model.connectCalls.find((call) => call.name.startIndex === node.startIndex);
    if (!connect) return undefined;
    const page = request.localManual ? codeBlock(request.localManual) : connectMarkdown();
    const markdown = `${page}\n\n${callSiteMarkdown(handling(connect, model))}`;
    return { markdown, ...span };
  }
  if (ERRNO_NAME.test(node.text)) {
    const markdown = errnoMarkdown(node.text, request.platform);
    return markdown ? { markdown, ...span } : undefined;
  }
  const found = passage(node.text);
  if (found && (node.type === 'identifier' || node.text === 'sun_path')) {
    return { markdown: passageMarkdown(found, request.platform), ...span };
  }
  return undefined;
}

/** Which of connect(2)'s errors the code around this call tests. */
function handling(connect: ConnectCall, model: CFileModel): CallHandling {
  switch (connect.use.kind) {
    case 'discarded':
    case 'void-cast':
      return {
        handled: [],
        unhandled: [],
        note: 'The result is not tested here: no error is handled.',
      };
    case 'returned':
      return {
        handled: [],
        unhandled: [],
        note: 'The result is returned: the caller handles the errors.',
      };
    case 'escaped':
      return {
        handled: [],
        unhandled: [],
        note: 'The result is handed on (to a call, a field or a global).',
      };
  }
  const outcome = outcomeFacts(connect, model);
  const tested = [...(outcome?.errnos ?? [])];
  const errnos = pageErrnos();
  return {
    handled: tested,
    unhandled: errnos.filter((errno) => !tested.includes(errno)),
    ...(tested.length === 0
      ? { note: 'A failure is tested, but no errno is: every error is handled alike.' }
      : {}),
    ...(!outcome ? { note: 'The result is stored; no test of it was found.' } : {}),
  };
}

function codeBlock(text: string): string {
  return `\`\`\`text\n${text.trimEnd()}\n\`\`\``;
}

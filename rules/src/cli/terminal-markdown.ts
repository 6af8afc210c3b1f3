/**
 * Markdown (a rule's doc page, the man page's entries) as text for a terminal:
 * no `**`, backticks or fences left to read through; headings underlined, code
 * indented, quotes and lists marked; a link as `text <URL>` (`explain` has made
 * every URL one that opens). `color`: ANSI styles (a terminal), or plain text.
 */
export function renderMarkdown(markdown: string, color: boolean): string {
  const style = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const inline = (text: string, styled = style) =>
    text
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => {
        return `${label} <${styled('4', url)}>`;
      })
      .replace(/\*\*([^*]+)\*\*/g, (_, text: string) => styled('1', text))
      .replace(/(^|[\s(])_([^_]+)_(?=[\s).,:;]|$)/g, (_, before: string, text: string) => {
        return `${before}${styled('3', text)}`;
      })
      .replace(/`([^`]+)`/g, (_, code: string) => styled('36', code));

  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(`    ${style('36', line)}`);
      continue;
    }
    if (/^\s*<!--.*-->\s*$/.test(line)) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = heading[2] as string;
      const width = inline(text, (_, plain) => plain).length;
      out.push(style('1', inline(text)), (heading[1] === '#' ? '=' : '-').repeat(width));
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      out.push(`  │ ${inline(quote[1] as string)}`);
      continue;
    }
    const item = /^(\s*)[-*]\s+(.*)$/.exec(line);
    if (item) {
      out.push(`${item[1]}  • ${inline(item[2] as string)}`);
      continue;
    }
    out.push(inline(line));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

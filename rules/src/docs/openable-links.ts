import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docsBaseUrl } from '../rules/rule.js';

/**
 * A doc page's Markdown with every link made one its reader can open, wherever
 * the page is read (a terminal, an editor's preview): a relative link to another
 * doc page becomes that page's URL (in the installed package, or on the declared
 * homepage: `docsBaseUrl`); a link to what the package does not ship (the
 * repository's sources and fixtures) keeps only its text — a link that cannot
 * open is worse than none. `page` is the doc's file name inside the docs folder.
 */
export function openableLinks(markdown: string, page: string): string {
  const docsBase = docsBaseUrl();
  const base = new URL(page, docsBase);
  return markdown.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, target: string) => {
    const url = openableUrl(target, base, docsBase);
    return url ? `[${label}](${url})` : label;
  });
}

function openableUrl(target: string, base: URL, docsBase: string): string | undefined {
  if (/^https?:\/\//.test(target)) return target;
  if (target.startsWith('#')) return undefined;
  const url = new URL(target, base);
  if (!url.href.startsWith(docsBase)) return undefined;
  if (url.protocol === 'file:') {
    const file = new URL(url.href);
    file.hash = '';
    if (!existsSync(fileURLToPath(file))) return undefined;
  }
  return url.href;
}

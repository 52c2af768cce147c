// A plain document model shared by every document Terreau drafts (a partnership convention, a
// sourcing note): a title and blocks of text, written once and rendered as Markdown here, or as the
// XML parts of a .docx or an .odt (document-xml.ts). Text in blocks is final: user strings are
// escaped by the builder for Markdown (its `esc` option) and by the XML writers for Word/LibreOffice.
// Pure; no DOM.

export type DocBlock =
  | { kind: 'notice'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'bullets'; items: readonly string[] }
  | { kind: 'numbered'; items: readonly string[] };

export interface DraftDocument {
  /** Language of the text (sets the documents' language tag). */
  locale: 'fr' | 'en';
  title: string;
  blocks: DocBlock[];
}

/**
 * Escapes text for Markdown, safe under CommonMark and GitHub-flavoured Markdown alike: folds line
 * breaks into spaces (no heading or list can start inside a value), backslash-escapes the characters
 * with an inline meaning (emphasis, code, links, images, tables, `<` and `>` so HTML stays text, `&`
 * so no entity is formed), `:` and `@` and the dot of `www.` so GFM never turns a bare URL or an
 * e-mail address into a link (its autolinks would also swallow what follows, a `\<` included), and a
 * leading list or heading marker.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#!|<>~&:@]/g, (c) => `\\${c}`)
    .replace(/(w)(w)(w)\./gi, '$1$2$3\\.')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The document as Markdown: `# title`, a quoted notice, `##`/`###` headings, lists. */
export function documentToMarkdown(doc: DraftDocument): string {
  const lines: string[] = [`# ${doc.title}`];
  for (const b of doc.blocks) {
    lines.push('');
    if (b.kind === 'notice') lines.push(`> ${b.text}`);
    else if (b.kind === 'heading') lines.push(`${b.level === 2 ? '##' : '###'} ${b.text}`);
    else if (b.kind === 'paragraph') lines.push(b.strong ? `**${b.text}**` : b.text);
    else if (b.kind === 'bullets') for (const item of b.items) lines.push(`- ${item}`);
    else b.items.forEach((item, i) => lines.push(`${i + 1}. ${item}`));
  }
  return `${lines.join('\n')}\n`;
}

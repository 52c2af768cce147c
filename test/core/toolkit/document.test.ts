// The shared document model: Markdown safe under CommonMark (reference parser) and GitHub-flavoured
// Markdown (micromark with its GFM extension, what GitHub renders): no raw HTML, no link from a
// bare URL or an e-mail address, whatever a user writes in a party's name or a purpose.
import fc from 'fast-check';
import { HtmlRenderer, Parser } from 'commonmark';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { documentToMarkdown, draftConvention, escapeMarkdown, type ConventionPartner } from '@terreau/core';

const commonmark = (md: string) => new HtmlRenderer({ safe: false }).render(new Parser().parse(md));
const githubFlavoured = (md: string) => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** Tags the renderers emit for our own structure; anything else came from a user string. */
const OURS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'blockquote', 'strong']);
const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => (m[1] as string).toLowerCase());

const hostile = [
  'https://evil.example/<img src=x onerror=alert(1)>',
  'www.evil.example<script>alert(1)</script>',
  'mailto:a@b.example <b>x</b>',
  'contact@asso.example',
  'http://x.example/\\<svg/onload=alert(1)>',
  '[clic](javascript:alert(1)) <https://evil.example>',
  '<!-- x --> &lt;b&gt; &#60;b&#62;',
];

describe('escapeMarkdown', () => {
  it('leaves no HTML and no link from a bare URL, an e-mail or an autolink, under CommonMark and GFM', () => {
    for (const text of hostile) {
      const md = `- ${escapeMarkdown(text)}\n`;
      for (const html of [commonmark(md), githubFlavoured(md)]) {
        expect(tagsOf(html).filter((t) => !OURS.has(t)), `${text} → ${html}`).toEqual([]);
      }
    }
  });

  it('renders back to the very text under both flavours (nothing lost, nothing added)', () => {
    const decode = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .trim();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abw.:/@<>&[]()*_`!\\#|~-+=1 éx'.split('')), maxLength: 40 }), (s) => {
        const text = s.replace(/\s+/g, ' ').trim();
        fc.pre(text !== '' && !/^[-+=\d]/.test(text));
        const md = `${escapeMarkdown(text)}\n`;
        for (const html of [commonmark(md), githubFlavoured(md)]) {
          expect(tagsOf(html).filter((t) => !OURS.has(t))).toEqual([]);
          expect(decode(html)).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('draftConvention under GFM', () => {
  it('keeps hostile names, URLs and purposes inert in the whole convention (was: raw HTML after a bare URL)', () => {
    const partners: ConventionPartner[] = hostile.map((name, i) => ({ name, role: i % 2 ? 'carrying' : 'resource' }));
    const md = draftConvention('premises', partners, { purpose: hostile.join(' '), deliverables: hostile, startDate: '2026-12-02' });
    for (const html of [commonmark(md), githubFlavoured(md)]) {
      expect(tagsOf(html).filter((t) => !OURS.has(t))).toEqual([]);
      expect(html).not.toMatch(/href=/);
    }
  });
});

describe('documentToMarkdown', () => {
  it('writes the title, notice, headings, paragraphs and both kinds of list', () => {
    const md = documentToMarkdown({
      locale: 'fr',
      title: 'T',
      blocks: [
        { kind: 'notice', text: 'N' },
        { kind: 'heading', level: 2, text: 'H' },
        { kind: 'paragraph', text: 'P', strong: true },
        { kind: 'bullets', items: ['a', 'b'] },
        { kind: 'numbered', items: ['c'] },
      ],
    });
    expect(md).toBe('# T\n\n> N\n\n## H\n\n**P**\n\n- a\n- b\n\n1. c\n');
  });
});

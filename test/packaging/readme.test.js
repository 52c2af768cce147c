// What a webmaster copies from the README: the embed section starts with the WordPress plugin,
// every complete widget snippet carries `lang` (or both widgets of a page may speak two languages
// on an English site), and no public CDN is promised while the packages are unpublished.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

/** Opening tags of complete elements (`<ess-… …></ess-…>`) in html blocks and inline code. */
function snippets(markdown) {
  const code = [...markdown.matchAll(/```html\n([\s\S]*?)```/g), ...markdown.matchAll(/`([^`\n]*<\/ess-[^`\n]*)`/g)].map((m) => m[1]);
  return code.flatMap((c) => [...c.matchAll(/<(ess-map|ess-lever-advisor)\b[^>]*>/g)].map((m) => m[0]));
}

describe('README', () => {
  it('the embedding section starts with "WordPress: install the plugin"', () => {
    const section = readme.split(/\n## /).find((s) => /^Intégrer les widgets/.test(s));
    assert.ok(section, 'an embedding section');
    const firstParagraph = section.split('\n\n')[1];
    assert.match(firstParagraph, /^\*\*WordPress: install the plugin\.\*\*/);
  });

  it('every widget snippet carries lang', () => {
    const tags = snippets(readme);
    assert.ok(tags.length >= 2, `snippets found: ${tags.length}`);
    for (const tag of tags) assert.match(tag, /\blang="(fr|en)"/, tag);
  });

  it('the CMS recipes\' snippets carry lang too', () => {
    for (const file of readdirSync(`${root}examples/cms`)) {
      const html = readFileSync(`${root}examples/cms/${file}`, 'utf8').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const snippet = /<code data-snippet>([\s\S]*?)<\/code>/.exec(html)?.[1] ?? '';
      for (const tag of snippet.match(/<(ess-map|ess-lever-advisor)\b[^>]*>/g) ?? []) assert.match(tag, /\blang="(fr|en)"/, `${file}: ${tag}`);
    }
  });

  it('promises no public CDN while the packages are unpublished', () => {
    assert.doesNotMatch(readme, /unpkg|jsdelivr|esm\.sh|cdnjs/i);
    assert.match(readme, /not published on npm yet/);
  });
});

describe('examples: who may wear which brand', () => {
  it('the DSFR example is a State service\'s, not a commune\'s', () => {
    const html = readFileSync(`${root}examples/dsfr.html`, 'utf8');
    const marks = [...html.matchAll(/<p class="fr-logo">([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<br>/g, ' '));
    assert.ok(marks.length > 0);
    for (const mark of marks) {
      assert.match(mark, /^Préfet /, `bloc-marque: ${mark}`);
      assert.doesNotMatch(mark, /Ville|Commune|Mairie|Communauté|Département|Région/i);
    }
    assert.match(html, /decision-maker="service-etat"/);
  });

  it('the commune example uses its own theme, not the DSFR', () => {
    const html = readFileSync(`${root}examples/commune-theme.html`, 'utf8');
    assert.doesNotMatch(html, /dsfr\.min\.css|dsfr-theme\.css|class="fr-/i, 'no DSFR stylesheet or component');
    assert.match(readFileSync(`${root}examples/commune-theme.css`, 'utf8'), /--ess-color-background:/);
  });
});

// Issue 17, "nothing lost": a CSV whose rows the tokenizer finds malformed (a French row in a comma
// file, a quote never closed that swallows the lines after it) shows those rows among the rejected,
// each with the line of the file it starts on and why, in French and English, and the exported
// issues file carries them with their line. Rows read = shown + rejected.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { downloadsOf, issuesText, listNames, mountSrc, shadow } from './helpers.js';

const mount = (attrs: Record<string, string> = {}) => mountSrc('/__ess__/csv-ragged', attrs);

async function exportedIssues(el: EssMap): Promise<string[]> {
  const blobs = await downloadsOf(() => shadow(el).querySelector<HTMLButtonElement>('#issues-title ~ .actions button')!.click(), 'the issues CSV is offered');
  return (await blobs[0]!.text()).replace(/^\ufeff/, '').trim().split(/\r\n/);
}

describe('<ess-map src> with malformed CSV rows (issue 17)', () => {
  afterEach(() => {
    for (const el of Array.from(document.querySelectorAll('ess-map'))) el.remove();
  });

  it('lists the ragged row and the unclosed quote among the rejected, with their lines, and the counts balance', async () => {
    const { el, detail } = await mount();
    expect(listNames(el)).to.have.members(['Atelier vélo', 'Café associatif']);
    // Four records read (the unclosed quote's row holds the last three lines): 2 shown + 2 rejected.
    expect(detail.actors).to.equal(2);
    expect(detail.rejected).to.equal(2);
    const form = detail.issues.filter((i) => i.code === 'ragged_row' || i.code === 'unclosed_quote');
    expect(form.map((i) => [i.code, i.index, i.params?.['line']])).to.deep.equal([
      ['ragged_row', 1, 3],
      ['unclosed_quote', 3, 5],
    ]);
    const text = issuesText(el);
    expect(text).to.contain('2 enregistrements rejetés');
    expect(text).to.contain('Enregistrement n° 2, ligne 3 du fichier — L’enregistrement : 7 champs au lieu des 5 de l’en-tête');
    expect(text).to.contain('Enregistrement n° 4, ligne 5 du fichier — L’enregistrement : un guillemet ouvert n’est jamais fermé');
    expect(text).to.contain('lignes 5 à 7');

    const lines = await exportedIssues(el);
    expect(lines[0]).to.equal('index;line;collection;id;path;code;value;message');
    expect(lines.find((l) => l.includes(';ragged_row;'))).to.match(/^2;3;actors;;;ragged_row;7;/);
    expect(lines.find((l) => l.includes(';unclosed_quote;'))).to.match(/^4;5;actors;;;unclosed_quote;1;.*lignes 5 à 7/);
  });

  it('says it in English under lang="en"', async () => {
    const { el } = await mount({ lang: 'en' });
    // The English text is a chunk of its own, fetched on demand.
    await waitUntil(() => issuesText(el).includes('rejected'), 'the English text is shown');
    const text = issuesText(el);
    expect(text).to.contain('2 records rejected');
    expect(text).to.contain('Record no. 2, line 3 of the file — The record: 7 fields instead of the header’s 5');
    expect(text).to.contain('lines 5 to 7');
  });
});

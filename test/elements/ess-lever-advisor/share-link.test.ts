import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ACTIVITY_IDS, APPROVAL_IDS, CRITERION_IDS, DECISION_MAKER_IDS, FUNDING_SOURCE_IDS, STAGE_IDS, ZONING_IDS, type Answer } from '@terreau/core';
import { encodeShare, shareFromHash, shareUrl } from '../../../packages/elements/src/ess-lever-advisor/share-link.js';
import { decodeShare } from '../../../packages/elements/src/ess-lever-advisor/share-decode.js';
import { emptyAdvisorState, type AdvisorState } from '../../../packages/elements/src/ess-lever-advisor/advisor-state.js';

const sample: AdvisorState = {
  ...emptyAdvisorState(),
  context: { type: 'scic', approvals: ['esus'], activities: ['fablab'], communeCode: '26108', zones: ['pvd'], stage: 'development', fundingSources: ['feder', 'region'], decisionMaker: 'commune' },
  answers: { 'needs-fit': 4, 'financial-autonomy': 1, 'local-media': 'unknown', inhabitants: 'not-applicable', 'public-authorities': 0 },
  figures: { revenues: { sales: 120000, subsidies: [{ funder: 'Région', amount: 40000 }], donations: [], other: 0 }, cash: 15000 },
};

describe('share link', () => {
  it('leaves the figures out by default (privacy), the answers and context in', () => {
    const back = decodeShare(shareFromHash(new URL(shareUrl('https://mairie.example/ess', encodeShare(sample))).hash)!);
    expect(back.ok).to.equal(true);
    if (back.ok) {
      expect(back.state.answers).to.deep.equal(sample.answers);
      expect(back.state.context).to.deep.equal(sample.context);
      expect(back.state.figures).to.deep.equal({});
    }
    expect(atob(encodeShare(sample).replace(/-/g, '+').replace(/_/g, '/'))).to.not.contain('120000');
  });

  it('round-trips the whole questionnaire, figures included when the user ticks it', () => {
    const url = shareUrl('https://mairie.example/ess#top', encodeShare({ ...sample, done: ['premises'] }, true));
    const payload = shareFromHash(new URL(url).hash);
    expect(payload).to.be.a('string');
    const back = decodeShare(payload!);
    expect(back.ok).to.equal(true);
    if (back.ok) {
      expect(back.state.answers).to.deep.equal(sample.answers);
      expect(back.state.context).to.deep.equal(sample.context);
      expect(back.state.figures).to.deep.equal(sample.figures);
      expect(back.state.done).to.deep.equal(['premises']);
    }
  });

  it('keeps the page’s other hash parameters and replaces an older advisor payload', () => {
    const first = shareUrl('https://x.example/p#a=1&ess-advisor=old&b', encodeShare(sample));
    const hash = new URL(first).hash;
    expect(hash.startsWith('#a=1&b&ess-advisor=')).to.equal(true);
    expect(hash.match(/ess-advisor=/g)).to.have.length(1);
  });

  it('is compact: one character per criterion for the answers', () => {
    const only = encodeShare({ ...emptyAdvisorState(), answers: sample.answers });
    expect(only.length).to.be.below(80);
    expect(CRITERION_IDS.length).to.equal(18);
  });

  it('rejects garbage, a wrong version and bad answers without throwing', () => {
    expect(decodeShare('%%%not-base64').ok).to.equal(false);
    const v2 = btoa(JSON.stringify({ v: 2, a: '' })).replace(/=+$/, '');
    const r = decodeShare(v2);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problem.kind).to.equal('version');
    const bad = btoa(JSON.stringify({ v: 1, a: '9' })).replace(/=+$/, '');
    const rb = decodeShare(bad);
    expect(rb.ok).to.equal(false);
    if (!rb.ok && rb.problem.kind === 'invalid') expect(rb.problem.path).to.equal('answers.needs-fit');
    const badType = btoa(JSON.stringify({ v: 1, a: '', c: { type: '<img src=x onerror=alert(1)>' } })).replace(/=+$/, '');
    const rt = decodeShare(badType);
    expect(rt.ok).to.equal(false);
    if (!rt.ok && rt.problem.kind === 'invalid') expect(rt.problem.path).to.equal('context.type');
  });

  it('finds no payload in a hash without one', () => {
    expect(shareFromHash('')).to.equal(null);
    expect(shareFromHash('#section-2')).to.equal(null);
  });

  it('round-trips any valid state (property)', () => {
    const answer = fc.constantFrom<Answer>(0, 1, 2, 3, 4, 'unknown', 'not-applicable');
    const state = fc.record({
      answers: fc.dictionary(fc.constantFrom(...CRITERION_IDS), answer),
      context: fc.record(
        {
          approvals: fc.uniqueArray(fc.constantFrom(...APPROVAL_IDS)),
          activities: fc.uniqueArray(fc.constantFrom(...ACTIVITY_IDS), { maxLength: 1 }),
          zones: fc.uniqueArray(fc.constantFrom(...ZONING_IDS)),
          fundingSources: fc.uniqueArray(fc.constantFrom(...FUNDING_SOURCE_IDS)),
          stage: fc.constantFrom(...STAGE_IDS),
          decisionMaker: fc.constantFrom(...DECISION_MAKER_IDS),
          communeCode: fc.stringMatching(/^\d{5}$/),
        },
        { requiredKeys: ['approvals', 'activities', 'zones', 'fundingSources'] },
      ),
      figures: fc.record({ cash: fc.integer({ min: 0, max: 1e9 }), equity: fc.integer({ min: -1e9, max: 1e9 }) }, { requiredKeys: [] }),
    });
    fc.assert(
      fc.property(state, (s) => {
        const full = { ...emptyAdvisorState(), ...s } as AdvisorState;
        const back = decodeShare(encodeShare(full, true));
        expect(back.ok).to.equal(true);
        if (back.ok) {
          expect(back.state.answers).to.deep.equal(full.answers);
          expect(back.state.context).to.deep.equal(full.context);
          expect(back.state.figures).to.deep.equal(full.figures);
        }
      }),
      { numRuns: 200 },
    );
  });
});

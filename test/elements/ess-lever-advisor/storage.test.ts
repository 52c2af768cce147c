import { expect } from '@open-wc/testing';
import { clearState, saveState, storageKey } from '../../../packages/elements/src/ess-lever-advisor/storage.js';
import { loadState } from '../../../packages/elements/src/ess-lever-advisor/state-input.js';
import { emptyAdvisorState } from '../../../packages/elements/src/ess-lever-advisor/advisor-state.js';

const KEY = storageKey('/storage-test', 'unit');

describe('advisor storage', () => {
  afterEach(() => localStorage.removeItem(KEY));

  it('namespaces the key per page and per element id', () => {
    expect(storageKey('/a', 'x')).to.not.equal(storageKey('/b', 'x'));
    expect(storageKey('/a', 'x')).to.not.equal(storageKey('/a', 'y'));
    expect(storageKey('/a', '')).to.equal('terreau:ess-lever-advisor:/a#default');
  });

  it('saves the versioned format with its date and reads it back', () => {
    const state = { ...emptyAdvisorState(), answers: { 'needs-fit': 3 as const } };
    expect(saveState(KEY, state, new Date('2026-11-22T10:00:00Z'))).to.equal(true);
    const raw = JSON.parse(localStorage.getItem(KEY)!);
    expect(raw.v).to.equal(1);
    expect(raw.savedAt).to.equal('2026-11-22T10:00:00.000Z');
    const back = loadState(KEY);
    expect(back.status).to.equal('restored');
    if (back.status === 'restored') expect(back.state.answers).to.deep.equal({ 'needs-fit': 3 });
  });

  it('reports garbage, a foreign entry and an older version as discarded, with the reason', () => {
    localStorage.setItem(KEY, '{not json');
    expect(loadState(KEY)).to.deep.equal({ status: 'discarded', problem: { kind: 'not-json' } });
    localStorage.setItem(KEY, JSON.stringify({ hello: 'world' }));
    const foreign = loadState(KEY);
    expect(foreign.status).to.equal('discarded');
    localStorage.setItem(KEY, JSON.stringify({ v: 0, answers: {} }));
    const old = loadState(KEY);
    expect(old.status === 'discarded' && old.problem.kind).to.equal('version');
    localStorage.setItem(KEY, JSON.stringify({ v: 1, answers: { 'needs-fit': 7 } }));
    const bad = loadState(KEY);
    expect(bad.status === 'discarded' && bad.problem.kind === 'invalid' && bad.problem.path).to.equal('answers.needs-fit');
  });

  it('tolerates a storage that throws on every call', () => {
    const proto = Storage.prototype;
    const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
    const boom = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    proto.getItem = boom;
    proto.setItem = boom;
    proto.removeItem = boom;
    try {
      expect(loadState(KEY)).to.deep.equal({ status: 'unavailable' });
      expect(saveState(KEY, emptyAdvisorState())).to.equal(false);
      expect(clearState(KEY)).to.equal(false);
    } finally {
      Object.assign(proto, saved);
    }
  });
});

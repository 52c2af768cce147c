// The list's one Tab stop (list-focus.ts): which name takes Tab, whatever the rows shown.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { listTabStop } from '../../../packages/elements/src/ess-map/list-focus.js';

describe('listTabStop', () => {
  it('is the row last used when shown, else the selected actor’s, else the first; none for an empty list', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 5 }), fc.option(id, { nil: null }), fc.option(id, { nil: undefined }), (ids, wanted, selected) => {
        const stop = listTabStop(ids, wanted, selected);
        if (ids.length === 0) expect(stop).to.equal(undefined);
        else if (wanted !== null && ids.includes(wanted)) expect(stop).to.equal(wanted);
        else if (selected !== undefined && ids.includes(selected)) expect(stop).to.equal(selected);
        else expect(stop).to.equal(ids[0]);
      }),
    );
  });
});

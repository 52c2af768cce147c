import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdIndex } from '../../../packages/core/src/node/id-index.js';

describe('IdIndex (duplicate-id table of readActors)', () => {
  it('behaves like a Map for any sequence of sets, gets and deletes (property)', () => {
    const id = fc.oneof(fc.stringMatching(/^\d{1,15}$/), fc.constantFrom('0', '00', '000', 'W751000001', 'a', '12345678901234'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('set', 'get', 'delete'), id, fc.nat()), { maxLength: 300 }), (ops) => {
        const index = new IdIndex();
        const map = new Map<string, number>();
        for (const [op, key, value] of ops) {
          if (op === 'set') {
            index.set(key, value);
            map.set(key, value);
          } else if (op === 'delete') expect(index.delete(key)).toBe(map.delete(key));
          expect(index.get(key)).toBe(map.get(key));
        }
        expect(index.size).toBe(map.size);
      }),
    );
  });

  it('grows past its first capacity', () => {
    const index = new IdIndex();
    for (let i = 0; i < 100_000; i += 1) index.set(String(10_000_000_000_000 + i * 7), i);
    expect(index.size).toBe(100_000);
    expect(index.get(String(10_000_000_000_000 + 99_999 * 7))).toBe(99_999);
    expect(index.get('10000000000001')).toBeUndefined();
  });
});

// The seeded generator the bench fixtures share (xorshift32): the same seed gives the same file.

/** A function returning numbers in [0, 1), repeatable for a seed. */
export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

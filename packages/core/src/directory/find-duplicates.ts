// Likely duplicates in a directory: the same SIRET, SIREN or RNA number, or near-identical names
// in the same commune. Built to stay near-linear on large registers: identifiers are indexed by
// value, and names are only compared within a commune, through a trigram index, never all pairs.
import type { Actor } from '../schema/actor.js';
import { normaliseText } from './normalise-text.js';

export const DUPLICATE_REASONS = ['same-siret', 'same-siren', 'same-rna', 'similar-name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export interface DuplicatePair {
  /** Indices in the input, first < second. */
  first: number;
  second: number;
  ids: [string, string];
  /** Why the two look alike, strongest first. */
  reasons: DuplicateReason[];
  /** Name similarity (0–1, trigram Dice coefficient) when `similar-name` is among the reasons. */
  similarity?: number;
}

export interface FindDuplicatesOptions {
  /** Minimum name similarity (0–1) for `similar-name`; default 0.8. */
  threshold?: number;
}

/**
 * Words that say the legal form or link other words; "Association Café Pluche" and "Café Pluche"
 * are the same name. Compared after normaliseText.
 */
const IGNORED_WORDS = new Set([
  'association',
  'asso',
  'assoc',
  'cooperative',
  'coop',
  'scop',
  'scic',
  'sapo',
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sci',
  'gie',
  'gip',
  'fondation',
  'fonds',
  'mutuelle',
  'societe',
  'ste',
  'ess',
  'loi',
  '1901',
  'le',
  'la',
  'les',
  'l',
  'de',
  'du',
  'des',
  'd',
  'et',
  'a',
  'au',
  'aux',
  'en',
]);

/** A name reduced for comparison: folded, legal-form and link words dropped (unless nothing else is left). */
export function nameKeyOf(name: string): string {
  const words = normaliseText(name).split(' ').filter((w) => w.length > 0);
  const kept = words.filter((w) => !IGNORED_WORDS.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

function trigramsOf(key: string): string[] {
  const padded = ` ${key} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

/** The numbers in a name key, in order: "centre social 2" → "2". */
function numbersOf(key: string): string {
  return key
    .split(' ')
    .filter((w) => /^\d+$/.test(w))
    .join(' ');
}

/** The SIREN of an actor: given, or the first nine digits of its SIRET. */
function sirenOf(actor: Actor): string | undefined {
  return actor.identifiers.siren ?? actor.identifiers.siret?.slice(0, 9);
}

/** Where an actor is, for name comparison: its commune code, else its folded city name. */
function placeOf(actor: Actor): string | undefined {
  if (actor.communeCode !== undefined) return actor.communeCode;
  const city = actor.address?.city;
  return city === undefined || normaliseText(city) === '' ? undefined : `city:${normaliseText(city)}`;
}

/**
 * Compares the names of the actors of one block (one commune) by trigram Dice coefficient, with
 * prefix filtering so that a large block is not compared pair by pair: trigrams are ordered from
 * rarest to commonest in the block, and only the first ones of each name are indexed — as many as
 * a pair reaching the threshold must share at least one of (for a name of `a` trigrams, any match
 * shares at least ⌈t·a/(2−t)⌉ of them, so its first a − ⌈t·a/(2−t)⌉ + 1 suffice). Candidates met
 * through the index are then verified on their full trigram sets.
 */
function compareNamesInBlock(
  actors: readonly Actor[],
  members: readonly number[],
  threshold: number,
  report: (i: number, j: number, similarity: number) => void,
): void {
  const keys = members.map((i) => nameKeyOf((actors[i] as Actor).name));
  const numbers = keys.map(numbersOf);
  // Trigrams as small integers, then renumbered by rank (rarest first) so each name is a sorted array.
  const idOf = new Map<string, number>();
  const frequency: number[] = [];
  const texts: string[] = [];
  const rawIds = keys.map((key) =>
    trigramsOf(key).map((g) => {
      let id = idOf.get(g);
      if (id === undefined) {
        id = texts.length;
        idOf.set(g, id);
        texts.push(g);
        frequency.push(0);
      }
      frequency[id] = (frequency[id] as number) + 1;
      return id;
    }),
  );
  const byRarity = texts.map((_, id) => id);
  byRarity.sort((x, y) => (frequency[x] as number) - (frequency[y] as number) || ((texts[x] as string) < (texts[y] as string) ? -1 : 1));
  const rank = new Int32Array(texts.length);
  byRarity.forEach((id, r) => {
    rank[id] = r;
  });
  const names = rawIds.map((ids) => Int32Array.from(ids, (id) => rank[id] as number).sort());
  const postings = new Map<number, number[]>();
  const seen = new Int32Array(members.length).fill(-1);
  names.forEach((mine, local) => {
    const minShared = Math.ceil((threshold * mine.length) / (2 - threshold) - 1e-9);
    const prefixLength = Math.min(mine.length, Math.max(1, mine.length - minShared + 1));
    for (let k = 0; k < prefixLength; k += 1) {
      const list = postings.get(mine[k] as number);
      if (list === undefined) continue;
      for (const other of list) {
        if (seen[other] === local) continue;
        seen[other] = local;
        // "Résidence 1" and "Résidence 2" are two places: numbers in names must agree.
        if (numbers[other] !== numbers[local]) continue;
        const theirs = names[other] as Int32Array;
        const dice = (2 * countShared(mine, theirs)) / (mine.length + theirs.length);
        if (dice >= threshold) report(members[other] as number, members[local] as number, Math.round(dice * 100) / 100);
      }
    }
    for (let k = 0; k < prefixLength; k += 1) {
      const g = mine[k] as number;
      const list = postings.get(g);
      if (list === undefined) postings.set(g, [local]);
      else list.push(local);
    }
  });
}

/** Number of values two sorted arrays share. */
function countShared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * Pairs of actors that are probably the same, each with its reasons. Records sharing an
 * identifier are each paired with the first record holding it (three records with one SIRET give
 * two pairs, not three). Names are compared only within one commune (or, without a commune code,
 * one city), after dropping legal-form words, by the Dice coefficient of their letter trigrams;
 * names holding different numbers ("Centre social 1", "Centre social 2") are never paired.
 */
export function findDuplicates(actors: readonly Actor[], options: FindDuplicatesOptions = {}): DuplicatePair[] {
  const threshold = options.threshold ?? 0.8;
  const pairs = new Map<string, DuplicatePair>();
  const addPair = (i: number, j: number, reason: DuplicateReason, similarity?: number) => {
    const first = Math.min(i, j);
    const second = Math.max(i, j);
    const key = `${first}:${second}`;
    let pair = pairs.get(key);
    if (pair === undefined) {
      const a = actors[first] as Actor;
      const b = actors[second] as Actor;
      pair = { first, second, ids: [a.id, b.id], reasons: [] };
      pairs.set(key, pair);
    }
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    if (similarity !== undefined) pair.similarity = similarity;
  };

  // Identifiers: one index per kind, value → first index holding it.
  const identifierKinds: [DuplicateReason, (a: Actor) => string | undefined][] = [
    ['same-siret', (a) => a.identifiers.siret],
    ['same-siren', sirenOf],
    ['same-rna', (a) => a.identifiers.rna],
  ];
  for (const [reason, valueOf] of identifierKinds) {
    const firstWith = new Map<string, number>();
    actors.forEach((actor, i) => {
      const value = valueOf(actor);
      if (value === undefined) return;
      const first = firstWith.get(value);
      if (first === undefined) firstWith.set(value, i);
      else addPair(first, i, reason);
    });
  }

  // Names: blocked by place, then compared through a trigram index within each block.
  const blocks = new Map<string, number[]>();
  actors.forEach((actor, i) => {
    const place = placeOf(actor);
    if (place === undefined) return;
    const block = blocks.get(place);
    if (block === undefined) blocks.set(place, [i]);
    else block.push(i);
  });
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    compareNamesInBlock(actors, members, threshold, (i, j, similarity) => addPair(i, j, 'similar-name', similarity));
  }

  const order = (r: DuplicateReason) => DUPLICATE_REASONS.indexOf(r);
  return [...pairs.values()]
    .map((p) => ({ ...p, reasons: p.reasons.sort((a, b) => order(a) - order(b)) }))
    .sort((a, b) => a.first - b.first || a.second - b.second);
}

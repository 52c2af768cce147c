// THE rule of conventions (one structure listed once per convention, as the DGEFP lists do), zod-free:
// parseActors applies it, and the fast path of the readers keeps the actors it may apply to.
import { approvalsImpliedBy } from '../data/typology-facts.js';
import type { Actor } from './actor.js';

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * THE rule of conventions (one home, for every reader): `other`, a valid record whose id repeats the
 * earlier actor `into`'s, is another convention of the same structure when both carry the same SIRET;
 * it is then folded into `into` (approvals — with those its type implies —, activities, needs joined)
 * and true is returned. Else nothing changes and false is returned (the caller sets it aside as duplicate_id).
 * `into`: the earlier actor as kept by keepForConventions (undefined when it was not kept: no SIRET).
 */
export function mergeConvention(into: Actor | undefined, other: Actor): boolean {
  if (into === undefined || other.identifiers.siret === undefined || into.identifiers.siret !== other.identifiers.siret) return false;
  into.approvals = union(union(union(into.approvals, approvalsImpliedBy(into.type)), other.approvals), approvalsImpliedBy(other.type));
  into.activities = union(into.activities, other.activities);
  into.needs = union(into.needs, other.needs);
  return true;
}

/** Keeps an accepted actor where a later convention of it can be merged (only an actor with a SIRET can have one). */
export function keepForConventions(byId: Map<string, Actor>, actor: Actor): void {
  if (actor.identifiers.siret !== undefined) byId.set(actor.id, actor);
}


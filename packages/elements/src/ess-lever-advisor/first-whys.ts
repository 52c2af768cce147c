// What sets each of the actions to do first apart. Core gives each its one-line why, and two or
// three of them often share it ("it is what is asked for: money to operate"): the reader then
// cannot tell why each is there. For an action whose why another first action shares, this finds
// the fact of the recommendation that belongs to it alone among those: the first of its own reasons
// no such action has (in core's order: weak criteria, then context), else the instruments only it
// opens, else its lever. Nothing is made up: each is a reason code or a datum of the result.
// Lit-free.
import type { InstrumentId, LeverId, Reason, RecommendedAction } from '@terreau/core';

export type FirstDistinction = { kind: 'reason'; reason: Reason } | { kind: 'instruments'; instruments: InstrumentId[] } | { kind: 'lever'; leverId: LeverId } | null;

interface Pick {
  action: RecommendedAction;
  why: Reason | undefined;
}

/**
 * For each pick, what distinguishes it from the other picks sharing its why (null when its why is
 * its own, or when nothing in the result tells them apart). `text` says a reason as the reader
 * reads it: two reasons are the same when they read the same.
 */
export function distinguishFirst(picks: readonly Pick[], text: (r: Reason) => string): FirstDistinction[] {
  const whyText = picks.map((p) => (p.why ? text(p.why) : ''));
  return picks.map((p, i) => {
    const peers = picks.filter((_, j) => j !== i && whyText[j] === whyText[i]);
    if (peers.length === 0) return null;
    const peerReasons = new Set(peers.flatMap((q) => q.action.reasons.map(text)));
    const reason = p.action.reasons.find((r) => r.code !== 'answers-request' && text(r) !== whyText[i] && !peerReasons.has(text(r)));
    if (reason) return { kind: 'reason', reason };
    const peerInstruments = new Set(peers.flatMap((q) => q.action.instruments));
    const instruments = p.action.instruments.filter((id) => !peerInstruments.has(id));
    if (instruments.length > 0) return { kind: 'instruments', instruments };
    if (peers.every((q) => q.action.leverId !== p.action.leverId)) return { kind: 'lever', leverId: p.action.leverId };
    return null;
  });
}

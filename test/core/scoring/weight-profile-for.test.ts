import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, WeightProfile, defaultWeights, messagesEn, messagesFr, weightAdjustments, weightProfileFor } from '@terreau/core';

describe('weightProfileFor', () => {
  it('returns the default weights for no context, as a valid profile covering all 18 criteria', () => {
    const p = weightProfileFor();
    expect(WeightProfile.safeParse(p).success).toBe(true);
    expect(p).toEqual({ id: 'default', weights: { ...defaultWeights }, adjustments: [] });
    expect(Object.keys(p.weights)).toEqual([...CRITERION_IDS]);
  });

  it('multiplies the weights of a rural, social-ties context and lists the adjustments applied', () => {
    const p = weightProfileFor({ zonings: ['frr'], theme: 'social-cohesion' });
    expect(p.adjustments).toEqual(['rural', 'theme-social-cohesion']);
    expect(p.id).toBe('default+rural+theme-social-cohesion');
    expect(p.weights.networks).toBe(defaultWeights.networks * 1.5);
    expect(p.weights.inhabitants).toBe(defaultWeights.inhabitants * 1.5);
    expect(p.weights['mission-fit']).toBe(defaultWeights['mission-fit']);
  });

  it('applies a territory adjustment once even when several of its zonings match (ZRR and FRR)', () => {
    expect(weightProfileFor({ zonings: ['zrr', 'frr', 'frr-plus'] }).weights.networks).toBe(defaultWeights.networks * 1.5);
  });

  it('combines territories (a mountain commune in La Réunion: mountain then DROM)', () => {
    const p = weightProfileFor({ zonings: ['drom', 'montagne'] });
    expect(p.adjustments).toEqual(['mountain', 'drom']);
    expect(p.weights['local-media']).toBe(defaultWeights['local-media'] * 1.5 * 1.5);
  });

  it('has a reason for each adjustment applied, in FR and EN', () => {
    for (const a of weightAdjustments) {
      expect(messagesFr.scoring.adjustments[a.id]).toBeTruthy();
      expect(messagesEn.scoring.adjustments[a.id]).toBeTruthy();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { Actor, caseStudies, caseStudyActions, caseStudyFacts } from '@terreau/core';

describe('caseStudyFacts', () => {
  it('equals the type, legal category, activities, approvals and zonings of each case study', () => {
    expect(Object.keys(caseStudyFacts).sort()).toEqual(caseStudies.map((c) => c.id).sort());
    expect(Object.keys(caseStudyActions).sort()).toEqual(caseStudies.map((c) => c.id).sort());
    for (const input of caseStudies) {
      const a = Actor.parse(input);
      expect(caseStudyFacts[a.id], a.id).toEqual({
        type: a.type,
        ...(a.legalCategory !== undefined ? { legalCategory: a.legalCategory } : {}),
        activities: a.activities,
        approvals: a.approvals,
        zones: a.zones.map((z) => z.zoning),
      });
    }
  });
});

import { stratify } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import {
  ACTOR_TYPE_IDS,
  FAMILY_IDS,
  TypologyNode,
  approvalsImpliedBy,
  familyOf,
  typeNodeOf,
  typesOfFamily,
  typology,
} from '@terreau/core';

describe('typology', () => {
  it('has one row per family and per type, ids unique, each valid', () => {
    const ids = typology.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...FAMILY_IDS, ...ACTOR_TYPE_IDS]);
    for (const n of typology) expect(TypologyNode.safeParse(n).success, n.id).toBe(true);
  });

  it('builds a d3 hierarchy: a synthetic root, twelve families, every type under a family', () => {
    const root = stratify<{ id: string; parentId: string | null }>()
      .id((d) => d.id)
      .parentId((d) => d.parentId)([{ id: 'root', parentId: null }, ...typology.map((n) => ({ id: n.id, parentId: n.parentId ?? 'root' }))]);
    expect(root.children?.map((c) => c.id)).toEqual([...FAMILY_IDS]);
    expect(root.leaves().map((l) => l.id).sort()).toEqual([...ACTOR_TYPE_IDS].sort());
    expect(root.height).toBe(2);
  });

  it('gives every type a family, and every family at least one type', () => {
    for (const t of ACTOR_TYPE_IDS) expect(FAMILY_IDS).toContain(familyOf(t));
    for (const f of FAMILY_IDS) expect(typesOfFamily(f).length, f).toBeGreaterThan(0);
    expect(familyOf('scic')).toBe('cooperatives');
    expect(familyOf('aci')).toBe('insertion');
    expect(familyOf('epci')).toBe('public');
    expect(familyOf('cress')).toBe('reseaux');
  });

  it('marks the ESS legal families of the 2014 law apart from the ecosystem', () => {
    const legal = typology.filter((n) => n.kind === 'family' && n.scope === 'legal').map((n) => n.id);
    expect(legal).toEqual(['associations', 'cooperatives', 'mutuelles', 'fondations', 'societes-ess']);
    expect(typeNodeOf('scop').essMembership).toBe('status');
    expect(typeNodeOf('societe-commerciale-ess').essMembership).toBe('conditions');
    expect(typeNodeOf('commune').essMembership).toBe('no');
  });

  it('derives the approvals a type implies', () => {
    expect(approvalsImpliedBy('aci')).toEqual(['aci']);
    expect(approvalsImpliedBy('entreprise-adaptee')).toEqual(['ea']);
    expect(approvalsImpliedBy('association')).toEqual([]);
    expect(typeNodeOf('ai').esusByRight).toBe(true);
  });

  it('gives every node at least one typical asset and role (none invented for unclassified records)', () => {
    for (const n of typology) {
      if (n.id === 'non-classes' || n.id === 'non-classe') {
        expect([...n.assets, ...n.roles], n.id).toEqual([]);
        continue;
      }
      expect(n.assets.length, n.id).toBeGreaterThan(0);
      expect(n.roles.length, n.id).toBeGreaterThan(0);
    }
  });
});

// Where the advisor finds each piece of domain text in core's messages. One place, so the component
// never hard-codes a path into core's message tree; a missing entry falls back to the id (visible,
// never a crash). Lit-free.
import type { CriterionId, Messages, ScoringQuestions } from '@terreau/core';

/** Any parts of core's messages (the advisor's eager parts, or all of them once recommendations load). */
type SomeMessages = Pick<Messages, 'locale'>;

type Dict = Record<string, unknown>;

function dig(root: unknown, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Dict)[key];
  }
  return node;
}

/** A label: the entry itself when it is a string, else its `label` (or `name`) field; the id when absent. */
function labelAt(root: unknown, path: readonly string[], id: string): string {
  const node = dig(root, [...path, id]);
  if (typeof node === 'string') return node;
  if (typeof node === 'object' && node !== null) {
    const l = (node as Dict).label ?? (node as Dict).name ?? (node as Dict).title;
    if (typeof l === 'string') return l;
  }
  return id;
}

/** Catalogue kinds the advisor labels, and where core keeps them. */
const CATALOGUE_PATHS = {
  types: ['catalogue', 'types'],
  families: ['catalogue', 'families'],
  approvals: ['catalogue', 'approvals'],
  activities: ['catalogue', 'activities'],
  themes: ['catalogue', 'themes'],
  needs: ['catalogue', 'needs'],
  zonings: ['catalogue', 'zonings'],
  stages: ['catalogue', 'stages'],
  fundingSources: ['recommend', 'fundingSources'],
  decisionMakers: ['recommend', 'decisionMakers'],
  requests: ['recommend', 'requests'],
  groups: ['scoring', 'groups'],
  bands: ['scoring', 'bands'],
  levers: ['recommend', 'levers'],
  instruments: ['recommend', 'instruments'],
  actions: ['recommend', 'actions'],
  territoryActions: ['recommend', 'territoryActions'],
  priorities: ['recommend', 'priorities'],
  confidence: ['recommend', 'confidence'],
  legalParameters: ['recommend', 'legal'],
  units: ['recommend', 'units'],
} as const satisfies Record<string, readonly string[]>;

export type LabelKind = keyof typeof CATALOGUE_PATHS;

/** The label of `id` in the catalogue `kind`, in the given messages. */
export function labelOf(messages: SomeMessages, kind: LabelKind, id: string): string {
  return labelAt(messages, CATALOGUE_PATHS[kind], id);
}

/** The text of a criterion: label, question, and the meaning of each answer 0–4. */
export interface CriterionText {
  label: string;
  question: string | null;
  anchors: [string, string, string, string, string] | null;
  help: string | null;
}

/**
 * The text of a criterion: its label from `messages`, and its question, anchors and help from the
 * questionnaire text once loaded (`questions`; null until then: the caller shows the generic levels).
 */
export function criterionText(messages: SomeMessages, id: CriterionId, questions: ScoringQuestions | null = null): CriterionText {
  const label = labelAt(messages, ['scoring', 'criteria'], id);
  const node: unknown = questions?.criteria[id];
  const d = (typeof node === 'object' && node !== null ? node : {}) as Dict;
  const question = typeof d.question === 'string' ? d.question : null;
  const help = typeof d.help === 'string' ? d.help : null;
  let anchors: CriterionText['anchors'] = null;
  const raw = d.anchors;
  const list = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null ? [0, 1, 2, 3, 4].map((k) => (raw as Dict)[k]) : null;
  if (list && list.length === 5 && list.every((s) => typeof s === 'string')) anchors = list as CriterionText['anchors'];
  return { label, question, anchors, help };
}

/** A string at an arbitrary path of core's messages, or null. */
export function messageAt(messages: SomeMessages, path: readonly string[]): string | null {
  const node = dig(messages, path);
  return typeof node === 'string' ? node : null;
}

/** Fills `{name}` placeholders of a core message template. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

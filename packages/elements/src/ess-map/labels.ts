// Looks up catalogue labels in core's messages (Lit-free). An id without a label (a catalogue not
// yet translated, a future id) shows as itself rather than as a blank.
import type { CatalogueLabels } from '@terreau/core';

/** Sections of `messages.catalogue` whose entries carry a `label`. */
export type LabelSection = 'families' | 'types' | 'needs' | 'activities' | 'zonings' | 'approvals' | 'themes' | 'roles';

/** The label of `id` in `section` of core's catalogue messages. */
export function labelOf(messages: { catalogue: Partial<CatalogueLabels> }, section: LabelSection, id: string): string {
  const table = (messages.catalogue as unknown as Record<string, Record<string, { label?: unknown } | undefined> | undefined>)[section];
  const label = table?.[id]?.label;
  return typeof label === 'string' && label.length > 0 ? label : id;
}

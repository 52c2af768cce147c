// Documents a legal service can use, generated in the browser when the user asks (a chunk of its
// own: a page that never exports does not load it): the partnership convention of an action — or,
// for a purchase, a sourcing note and outline of specifications — as .odt (LibreOffice), .docx
// (Word) or Markdown, prefilled with the parties' names, the action, the amount and dates entered,
// the indicators and calendar. Core writes the document (its toolkit) and the XML parts; fflate zips
// them. Lit-free.
import '../internal/strict-csp.js';
import { zipSync, strToU8, type Zippable } from 'fflate';
import {
  conventionDocument,
  docxParts,
  documentToMarkdown,
  escapeMarkdown,
  isProcurementAction,
  odtParts,
  sourcingNoteDocument,
  type LabelMessages,
  type RecommendedAction,
} from '@terreau/core';
import type { AdvisorState } from './advisor-state.js';
import { labelOf } from './labels.js';

export type DocumentFormat = 'odt' | 'docx' | 'md';

export interface DocumentRequest {
  action: RecommendedAction;
  state: AdvisorState;
  messages: LabelMessages;
  /** The day whose law applies (the advice's date). */
  today: string;
  amount?: number;
  startDate?: string;
  durationMonths?: number;
}

export interface BuiltDocument {
  filename: string;
  type: string;
  bytes: Uint8Array;
  /** `convention` or `sourcing-note` (a purchase never gets a partnership convention). */
  kind: 'convention' | 'sourcing-note';
}

const TYPES: Record<DocumentFormat, string> = {
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown',
};

/** The parties' names: the structure (its name, else its type) and who asks (the name entered, else the decision-maker's kind). */
export function partiesOf(state: AdvisorState, messages: LabelMessages): { structure: string; asker: string } {
  const c = state.context;
  const structure = (c.name ?? '').trim() || (c.type ? labelOf(messages, 'types', c.type) : '—');
  const asker = (c.asker ?? '').trim() || labelOf(messages, 'decisionMakers', c.decisionMaker ?? 'commune');
  return { structure, asker };
}

/** Builds the document of an action in a format. Pure but for the zip's timestamps. */
export function buildDocument(req: DocumentRequest, format: DocumentFormat): BuiltDocument {
  const { structure, asker } = partiesOf(req.state, req.messages);
  const procurement = isProcurementAction(req.action.actionId);
  const esc = format === 'md' ? escapeMarkdown : undefined;
  const common = {
    messages: req.messages,
    ...(req.startDate ? { startDate: req.startDate } : {}),
    ...(req.durationMonths ? { durationMonths: req.durationMonths } : {}),
    ...(esc ? { esc } : {}),
  };
  const doc = procurement
    ? sourcingNoteDocument(req.action, { ...common, buyer: asker, operator: structure, date: req.today, ...(req.amount !== undefined ? { amount: req.amount } : {}) })
    : conventionDocument(
        req.action,
        [
          { name: asker, role: 'resource', ...(req.amount !== undefined ? { amount: req.amount } : {}) },
          { name: structure, role: 'carrying' },
        ],
        { ...common, ...(req.amount !== undefined ? { amount: req.amount } : {}) },
      );
  const kind = procurement ? 'sourcing-note' : 'convention';
  const filename = `${kind}-${req.action.actionId}-${req.today}.${format}`;
  if (format === 'md') return { filename, type: TYPES.md, bytes: strToU8(documentToMarkdown(doc)), kind };
  const parts = format === 'odt' ? odtParts(doc) : docxParts(doc);
  const files: Zippable = {};
  // The .odt's `mimetype` comes first, stored uncompressed (OpenDocument's rule); the rest deflated.
  for (const [path, text] of Object.entries(parts)) files[path] = [strToU8(text), { level: path === 'mimetype' ? 0 : 6 }];
  return { filename, type: TYPES[format], bytes: zipSync(files), kind };
}

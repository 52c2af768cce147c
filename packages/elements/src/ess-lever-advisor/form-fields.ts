// The raw text of the fields whose value is not the state's own: the commune as typed (and why it
// is not known), the figures as typed (and which are not amounts). Typing a figure updates the
// store with what parses; the draft keeps the rest on screen. Re-synced when the whole state is
// replaced (restore, import, reset). Lit-free.
import type { ReactiveControllerHost } from 'lit';
import type { AdvisorStore } from './advisor-store.js';
import { draftFromFigures, figuresFromDraft, type FigureError, type FigureField, type FiguresDraft, type SUBSIDY_FIELDS } from './figures-form.js';

export class FormFields {
  communeText = '';
  communeError: string | null = null;
  draft: FiguresDraft = { amounts: {}, funders: {} };
  figureErrors: Partial<Record<FigureField, FigureError>> = {};

  constructor(private readonly host: ReactiveControllerHost & { readonly store: AdvisorStore }) {}

  communeInput(value: string): void {
    this.communeText = value;
    this.communeError = null;
    this.host.requestUpdate();
  }

  figureInput(field: FigureField, value: string): void {
    this.draft = { ...this.draft, amounts: { ...this.draft.amounts, [field]: value } };
    const { figures, errors } = figuresFromDraft(this.draft, this.host.store.data.figures);
    this.figureErrors = errors;
    this.host.store.update({ figures }, 'figures');
  }

  funderInput(field: (typeof SUBSIDY_FIELDS)[number], value: string): void {
    this.draft = { ...this.draft, funders: { ...this.draft.funders, [field]: value } };
    this.host.store.update({ figures: figuresFromDraft(this.draft, this.host.store.data.figures).figures }, 'figures');
  }

  /** After the whole state was replaced: the fields show it again. */
  sync(): void {
    const data = this.host.store.data;
    this.draft = draftFromFigures(data.figures);
    this.figureErrors = {};
    this.communeText = data.context.communeCode ?? '';
    this.communeError = null;
    this.host.requestUpdate();
  }
}

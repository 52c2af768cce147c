// What a map says while it reads a live source and when the list it got is partial, FR and EN.
// Carried by the source's own chunk: a map that names no source does not load these words.
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedDataset, SourceProgress } from '../load-data.js';
import { formatNumberIn } from '../format-number.js';

const plural = (n: number, one: string, many: string): string => (n <= 1 ? one : many);
const s = (n: number): string => (n === 1 ? '' : 's');
const nf = (locale: 'fr' | 'en', n: number): string => formatNumberIn(locale, n);
const nfFr = (n: number): string => nf('fr', n);
const nfEn = (n: number): string => nf('en', n);

export const liveSourceText = {
  fr: {
    progress: (received: number, announced: number) =>
      announced > 0 ? `Lecture de l’Annuaire des entreprises : ${nfFr(received)} ${plural(received, 'structure reçue', 'structures reçues')} sur ${nfFr(announced)}…` : 'Lecture de l’Annuaire des entreprises…',
    waiting: (seconds: number) => `L’API demande de patienter : reprise dans ${nfFr(seconds)} s.`,
    cappedTitle: 'Liste partielle',
    capped: (read: number, announced: number) =>
      `L’API Recherche d’entreprises annonce ${announced >= 10000 ? 'au moins ' : ''}${nfFr(announced)} résultats et n’en donne que ${nfFr(read)} : la carte n’en montre qu’une partie. Pour tout le territoire, les fichiers stock SIRENE de l’Insee se lisent avec la commande « terreau sirene ».`,
    partialTitle: 'Lecture interrompue',
    partial: (read: number) => `La lecture s’est arrêtée après ${nfFr(read)} ${plural(read, 'structure', 'structures')} : la carte ne montre que celles-ci.`,
  },  en: {
    progress: (received: number, announced: number) =>
      announced > 0 ? `Reading the Annuaire des entreprises: ${nfEn(received)} organisation${s(received)} received of ${nfEn(announced)}…` : 'Reading the Annuaire des entreprises…',
    waiting: (seconds: number) => `The API asks us to wait: resuming in ${nfEn(seconds)} s.`,
    cappedTitle: 'Partial list',
    capped: (read: number, announced: number) =>
      `The API Recherche d’entreprises announces ${announced >= 10000 ? 'at least ' : ''}${nfEn(announced)} results and gives only ${nfEn(read)}: the map shows part of them. For the whole territory, INSEE’s SIRENE stock files are read by the “terreau sirene” command.`,
    partialTitle: 'Reading stopped',
    partial: (read: number) => `Reading stopped after ${nfEn(read)} organisation${s(read)}: the map shows only these.`,
  },};

/** While the source is read: what was received of what is announced, and any wait the API asks for. */
export function renderSourceProgress(locale: 'fr' | 'en', p: SourceProgress): TemplateResult {
  const t = liveSourceText[locale];
  return html`<p class="muted">
    <label for="source-progress">${t.progress(p.received, p.announced)}</label>
    <progress id="source-progress" max=${Math.max(1, p.announced)} .value=${p.announced > 0 ? Math.min(p.received, p.announced) : 0}></progress>
    ${p.waitingMs !== undefined ? html`<br />${t.waiting(Math.ceil(p.waitingMs / 1000))}` : nothing}
  </p>`;
}

/** The note beside a partial list: capped by the API, or reading stopped (with the retry button). */
export function renderSourceNotice(locale: 'fr' | 'en', notice: NonNullable<LoadedDataset['notice']>, retry: { label: string; onClick: () => void }): TemplateResult {
  const t = liveSourceText[locale];
  return html`<div class="notice" part="notice" role="status">
    <h2>${notice.kind === 'capped' ? t.cappedTitle : t.partialTitle}</h2>
    <p>${notice.kind === 'capped' ? t.capped(notice.read, notice.announced) : t.partial(notice.read)}</p>
    ${notice.kind === 'partial' ? html`<div class="actions"><button type="button" class="primary" @click=${retry.onClick}>${retry.label}</button></div>` : nothing}
  </div>`;
}

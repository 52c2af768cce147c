// The documents panel's form and what "Download" does: validates the amount (a wrong one sends
// focus back to the field, which says why), loads the document writer on first use (the shared
// LazyController), builds the convention or sourcing note of the chosen action in the chosen
// format and hands it to the browser. A reactive controller of <ess-lever-advisor>.
import type { ReactiveController } from 'lit';
import { LazyController } from '../internal/lazy-controller.js';
import type { AdvisorHost, DocumentForm } from './host.js';
import type { EssLeverAdvisor } from './ess-lever-advisor.component.js';
import { downloadBytes } from './file-io.js';
import { documentsLoader } from './loaders.js';

export class DocumentsController implements ReactiveController {
  form: DocumentForm = { actionId: '', amount: '', startDate: '', months: '36', format: 'odt', error: null };
  private readonly writer: LazyController<Awaited<ReturnType<typeof documentsLoader.load>>>;

  constructor(private readonly host: EssLeverAdvisor & AdvisorHost) {
    this.writer = new LazyController(host, documentsLoader);
    host.addController(this);
  }

  hostConnected(): void {}

  get status() {
    return this.writer.status;
  }

  set(patch: Partial<DocumentForm>): void {
    this.form = { ...this.form, ...patch };
    this.host.requestUpdate();
  }

  async download(): Promise<void> {
    const h = this.host;
    const ready = h.recReady;
    const rec = h.recommendation;
    if (!ready || !rec) return;
    const f = this.form;
    const action = rec.actions.find((a) => a.actionId === (f.actionId || rec.actions[0]?.actionId));
    if (!action) return;
    const amountText = f.amount.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
    const amount = amountText === '' ? undefined : Number(amountText);
    if (amount !== undefined && (!Number.isFinite(amount) || amount < 0 || amount > 1e12)) {
      this.set({ error: h.ui.documents.badAmount });
      // The field that needs correcting takes focus: its error is read with it.
      void h.updateComplete.then(() => (h.renderRoot.querySelector('#doc-amount') as HTMLElement | null)?.focus());
      return;
    }
    const m = await this.writer.load();
    if (!m) return;
    const months = Number.parseInt(f.months, 10);
    const doc = m.buildDocument(
      {
        action,
        state: h.data,
        messages: ready.messages,
        today: h.today,
        ...(amount !== undefined ? { amount } : {}),
        ...(/^\d{4}-\d{2}-\d{2}$/.test(f.startDate) ? { startDate: f.startDate } : {}),
        ...(Number.isInteger(months) && months > 0 ? { durationMonths: months } : {}),
      },
      f.format,
    );
    downloadBytes(doc.filename, doc.bytes, doc.type);
    h.status = h.ui.documents.saved(doc.filename);
  }
}

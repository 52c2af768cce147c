// Which report is on paper: the one-page summary or the full report. Printing, print preview or
// print media emulated show the report chosen (`mode`); the browser's own Print gives the full
// report; "Print the summary" / "Print the full report" choose, then open the print dialog. A
// reactive controller: listens while the element is connected. Lit-free but for the controller API.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PrintMode } from './host.js';

export class PrintController implements ReactiveController {
  /** What is printing now (null: the screen). */
  printing: PrintMode = null;
  /** The report the next print shows. */
  mode: 'summary' | 'full' = 'full';
  private query: MediaQueryList | null = null;
  private readonly onChange = (): void => this.set(this.query?.matches ? this.mode : null);
  private readonly onBefore = (): void => this.set(this.mode);
  // After a print the next one is the full report again; the screen comes back unless the print
  // media is still on (an emulated print media, a preview left open).
  private readonly onAfter = (): void => {
    this.mode = 'full';
    this.onChange();
  };

  constructor(private readonly host: ReactiveControllerHost & { readonly updateComplete: Promise<boolean> }, private readonly onPrint: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = matchMedia('print');
    this.query.addEventListener('change', this.onChange);
    addEventListener('beforeprint', this.onBefore);
    addEventListener('afterprint', this.onAfter);
    this.onChange();
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    removeEventListener('beforeprint', this.onBefore);
    removeEventListener('afterprint', this.onAfter);
  }

  /** Chooses the report the next print shows; while printing (print media, preview), shows it at once. */
  choose(mode: 'summary' | 'full'): void {
    this.mode = mode;
    if (this.printing !== null) this.set(mode);
  }

  /** Prints one report: shown at once, then the browser's print dialog. */
  print(mode: 'summary' | 'full'): void {
    this.mode = mode;
    this.set(mode);
    this.onPrint();
    void this.host.updateComplete.then(() => globalThis.print());
  }

  private set(printing: PrintMode): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }
}

// Downloads built in the page (Lit-free, CSP-safe): a Blob behind a temporary object URL on a
// temporary link — no data: URL, no window.open, no inline script.

/** Offers `data` to the user as a file named `filename`. */
export function downloadBlob(filename: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** Offers text as a file; CSV gets a BOM so spreadsheet software reads it as UTF-8. */
export function downloadText(filename: string, text: string, type: string): void {
  const body = type.startsWith('text/csv') ? `\ufeff${text}` : text;
  downloadBlob(filename, new Blob([body], { type }));
}

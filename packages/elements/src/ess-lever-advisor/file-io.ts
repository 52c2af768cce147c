// Saving a file to the user's disk and reading one back, without a server and under a strict CSP
// (a blob: URL on a temporary link; no data: URL, no window.open). Lit-free.
import { decodeBytes } from '../internal/decode-bytes.js';

/** Offers `content` as a file download named `filename`. */
export function downloadText(filename: string, content: string, type: string): void {
  downloadBlob(filename, new Blob([content], { type }));
}

function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL dies.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The largest file the import accepts: an advisor state is a few kB. */
export const MAX_IMPORT_BYTES = 256 * 1024;

/**
 * Reads a chosen file as text, decoded the way <ess-map> decodes data (strict UTF-8 with its BOM
 * removed, else Windows-1252, the encoding of files saved by older Windows tools); null when it is
 * larger than MAX_IMPORT_BYTES.
 */
export async function readTextFile(file: Blob): Promise<string | null> {
  if (file.size > MAX_IMPORT_BYTES) return null;
  return decodeBytes(new Uint8Array(await file.arrayBuffer()));
}

/** Offers bytes (a .docx, an .odt) as a file download. */
export function downloadBytes(filename: string, bytes: Uint8Array, type: string): void {
  downloadBlob(filename, new Blob([bytes as BlobPart], { type }));
}

/** A file-name-safe slug of a date: 2026-11-22. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

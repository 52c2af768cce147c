// A web-test-runner command that prints the test page to PDF with Chromium (the launcher's
// puppeteer page, page.pdf(), A4) and says how many pages it has — read from the PDF itself — so a
// browser test checks what a user's print gives. With `save`, the PDF is also written under
// test/.results/ (to look at it: pdftoppm -png).
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

export function pdfCommandPlugin() {
  return {
    name: 'ess-print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ess-print-pdf') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('ess-print-pdf needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      // In front, as the page a user prints is: Chromium renders only the front tab (two test files
      // run at once), and a page hears of a change of (emulated) print media at a rendering step —
      // in a background tab, the test's switch back to print after this PDF may never reach it.
      await page.bringToFront();
      // A4 with the ~1 cm margins a browser prints with by default.
      const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
      if (payload && typeof payload.save === 'string') {
        const dir = join(process.cwd(), 'test/.results');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, basename(payload.save)), pdf);
      }
      return { pages: pdfPageCount(pdf), bytes: pdf.length };
    },
  };
}

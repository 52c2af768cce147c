// `terreau classify FILE`: the type each record would be given (from its type column, else its
// legal category, ESS flag and NAF), one line per record read; records no type fits are counted.
// Units closed in SIRENE are set aside (rejects file) as validate and score set them aside, unless
// --include-closed (ingest/row-notes.ts' closedUnitFault: one rule for every reader).
import { RecordWriter } from '../cli-output.js';
import { fillText } from '../messages.js';
import { makeFormatIssue, readRecordBatches } from '../read-actors.js';
import { CLASSIFY_COLUMNS, classifiedRecord } from '../cli-records.js';
import { peekInput, replayInput, runCsvRecords, sniffInputFormat } from '../cli-csv.js';
import type { ActorRun } from './actor-run.js';
import { closedUnitFault } from '../../ingest/row-notes.js';

export async function runClassify(run: ActorRun): Promise<void> {
  const { format, inputFormat, encoding, date, readOptions } = run.options;
  const { counts, progress, onHeader } = run;
  const columns = CLASSIFY_COLUMNS;
  const writer = new RecordWriter(run.sink, format, columns);
  await writer.start();
  const input = await peekInput(run.source);
  if (input.utf16 && !run.quiet) run.say(fillText(run.m.encodingUtf16, { encoding: input.utf16.toUpperCase() }));
  const recordFormat = inputFormat ?? sniffInputFormat(input, encoding);
  if (recordFormat === 'csv') {
    // On the worker threads too (cli-csv.ts): each chunk's rows classified and written there.
    await runCsvRecords(
      run.csvRunOptions(input, readOptions, { command: 'classify', format, date }, columns),
      {
        ...run.csvHandlers(writer),
        unknown: (n) => {
          counts.unknown += n;
        },
      },
    );
  } else {
    batches: for await (const batch of readRecordBatches(replayInput(input), { ...readOptions, format: recordFormat, onHeader })) {
      progress.tick(counts.rowsIn);
      await writer.settle();
      for (const r of batch) {
        counts.rowsIn += 1;
        if (r.issues) await run.reject({ index: r.index, ...(r.line !== undefined ? { line: r.line } : {}), issues: r.issues });
        else if (typeof r.raw !== 'object' || r.raw === null) await run.reject({ index: r.index, issues: [makeFormatIssue(r.index, 'not_an_object', r.raw)] });
        else {
          const raw = (r.kind === 'feature' ? ((r.raw as Record<string, unknown>)['properties'] ?? {}) : r.raw) as Record<string, unknown>;
          // a unit closed in SIRENE: set aside as validate and score set it aside (one rule, one option)
          const closed = r.kind === 'feature' ? null : closedUnitFault(raw, r.index, readOptions);
          if (closed !== null) await run.reject({ index: r.index, ...(r.line !== undefined ? { line: r.line } : {}), issues: [closed] });
          else {
            const c = classifiedRecord(raw, r.index);
            if (c.unknown) counts.unknown += 1;
            counts.rowsOut += 1;
            writer.add({ flat: c.flat, object: c.flat });
          }
        }
        if (run.stopping()) break batches;
      }
    }
  }
  await writer.end();
}

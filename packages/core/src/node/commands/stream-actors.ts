// The steps validate, convert, score and recommend share: every record read, built, validated,
// (scored or recommended) and written in input order — CSV cut into chunks of whole records done
// on worker threads (cli-csv.ts), other formats read here and done on threads (cli-parallel.ts) or
// here (--jobs 1). Other conventions of one SIRET are merged into its first actor (see below):
// the output written, then the few records they touch replaced in it (not another pass).
import { ACTOR_COLUMNS } from '../../formats/actor-row.js';
import { RecordWriter } from '../cli-output.js';
import { fillText } from '../messages.js';
import { readActorBatches } from '../read-actors.js';
import type { InputFormat, ReadActorsOptions } from '../read-actors.js';
import { RecordRenderer, assessmentOf, columnsOf } from '../cli-records.js';
import type { RendererOptions } from '../cli-records.js';
import { runInWorkers } from '../cli-parallel.js';
import { peekInput, replayInput, runCsvRecords, sniffInputFormat } from '../cli-csv.js';
import { planConventionMerges, readRecordsAgain } from '../plan-convention-merges.js';
import type { ConventionMerges } from '../plan-convention-merges.js';
import type { Splice } from '../splice-output.js';
import { rejectedOf } from './actor-run.js';
import type { ActorRun } from './actor-run.js';

export type ActorStreamCommand = 'validate' | 'convert' | 'score' | 'recommend';

/** Runs `command` over the run's input, writing its output and rejects. */
export async function streamActors(run: ActorRun, command: ActorStreamCommand): Promise<void> {
  const { format, date, profile, decisionMaker, readOptions, file } = run.options;
  const columns = columnsOf(command, ACTOR_COLUMNS);
  const renderer: RendererOptions = { command, format, date, ...(profile ? { profile } : {}), ...(decisionMaker ? { decisionMaker } : {}) };
  const { recordFormat, writer } = await streamOnce(run, run.source, readOptions, renderer, columns);
  // Other conventions of one SIRET (rows whose id repeats an earlier actor's) were set aside as
  // duplicates on the way: find which are conventions (readActors' merge, core's rule), and when
  // some are, write the actors they merge into again in the output, and take them out of the rejects.
  if (run.repeated.ids.size > 0 && !run.stopping()) {
    if (run.outputRanges === null) {
      if (!run.quiet) run.say(fillText(run.m.conventionsNotMerged, { count: run.counts.duplicates }));
      return;
    }
    const read = { ...readOptions, format: recordFormat };
    const placed = recordFormat === 'csv' ? (run.ranges ?? undefined) : undefined;
    const plan = await planConventionMerges(file, read, run.repeated, () => run.stopping(), placed);
    if (plan.merged.size === 0 || run.stopping()) return;
    const output = await mergedOutput(run, plan, read, writer, new RecordRenderer(renderer, columns));
    if (run.stopping()) return;
    await run.writeMerges(output, plan.merged);
  }
}

/** The output of each actor others merge into, with their approvals, activities and needs, where its first output is. */
async function mergedOutput(run: ActorRun, plan: ConventionMerges, read: ReadActorsOptions, writer: RecordWriter, renderer: RecordRenderer): Promise<Splice[]> {
  const ranges = run.outputRanges;
  const splices: Splice[] = [];
  if (ranges === null || plan.into.size === 0) return splices;
  const assess = renderer.needsAssessment();
  const placed = read.format === 'csv' ? (run.ranges ?? undefined) : undefined;
  for await (const batch of readRecordsAgain(run.options.file, { ...read, mergedConventions: plan.into }, new Set(plan.into.keys()), placed)) {
    if (run.stopping()) break;
    for (const r of batch) {
      const at = ranges.rangeOf(r.index);
      // an actor whose answers were set aside stays set aside: it was not written
      const extra = r.actor === undefined || !assess ? null : assessmentOf(r);
      if (at === null || r.actor === undefined || (extra !== null && 'issues' in extra)) continue;
      splices.push({ ...at, text: writer.textAt(renderer.render(r.actor, extra), at.start) });
    }
  }
  return splices;
}

/** One pass over the input, writing the output and the rejects; resolves to the input's format and the writer (what it noted: run.outputRanges). */
async function streamOnce(run: ActorRun, source: AsyncIterable<Uint8Array | string>, readOptions: ReadActorsOptions, rendererOptions: RendererOptions, columns: readonly string[]): Promise<{ recordFormat: InputFormat; writer: RecordWriter }> {
  const { format, jobs, inputFormat, encoding } = run.options;
  const { counts, progress, onHeader } = run;
  const writer = new RecordWriter(run.sink, format, columns, run.outputRanges);
  await writer.start();
  const input = await peekInput(source);
  if (input.utf16 && !run.quiet) run.say(fillText(run.m.encodingUtf16, { encoding: input.utf16.toUpperCase() }));
  const recordFormat = inputFormat ?? sniffInputFormat(input, encoding);
  // UTF-16 input is read turned into UTF-8: its offsets are not the file's
  if (input.utf16) run.ranges = null;
  if (recordFormat === 'csv') {
    await runCsvRecords(
      run.csvRunOptions(input, readOptions, rendererOptions, columns),
      run.csvHandlers(writer),
    );
  } else if (jobs > 1) {
    await runInWorkers(
      { jobs, source: replayInput(input), read: { ...readOptions, format: recordFormat, onHeader }, renderer: rendererOptions, columns },
      {
        record: () => {
          run.counts.rowsIn += 1;
        },
        accept: (text, index) => {
          run.counts.rowsOut += 1;
          writer.addText(text, 1, index);
        },
        reject: run.reject,
        batchDone: async () => {
          progress.tick(run.counts.rowsIn);
          await writer.settle();
        },
        stopped: () => run.stopping(),
        warnings: run.countWarnings,
      },
    );
  } else {
    const renderer = new RecordRenderer(rendererOptions, columns);
    const assess = renderer.needsAssessment();
    // Batches (the records of each ~64 KiB read): one await per batch, output added line by line.
    batches: for await (const batch of readActorBatches(replayInput(input), { ...readOptions, format: recordFormat, onHeader })) {
      for (const r of batch) {
        counts.rowsIn += 1;
        if (r.warnings && r.actor) run.warnedOf(r);
        if (!r.actor) await run.reject(rejectedOf(r));
        else if (!assess) {
          counts.rowsOut += 1;
          writer.addText(renderer.render(r.actor, null), 1, r.index);
        } else {
          const extra = assessmentOf(r);
          if ('issues' in extra) await run.reject({ index: r.index, ...(r.line !== undefined ? { line: r.line } : {}), id: r.actor.id, issues: extra.issues });
          else {
            counts.rowsOut += 1;
            writer.addText(renderer.render(r.actor, extra), 1, r.index);
          }
        }
        if (run.stopping()) break batches;
      }
      progress.tick(counts.rowsIn);
      await writer.settle();
    }
  }
  await writer.end();
  return { recordFormat, writer };
}

// The `terreau` command (bin of @terreau/core): a thin entry over the engine in cli-run.ts.
// Ctrl-C is caught before the engine's modules load, so an early Ctrl-C still ends with exit 130
// and a partial summary rather than a killed process. A second Ctrl-C exits at once; the temporary
// files of --out and the rejects are removed on exit (output-file.ts).
let interrupted = false;
let early = false;
let onInterrupt: (() => void) | null = null;
process.on('SIGINT', () => {
  // A second Ctrl-C does not wait for the partial summary.
  if (interrupted) process.exit(130);
  interrupted = true;
  if (onInterrupt) onInterrupt();
  else early = true;
});

const { run } = await import('./cli-run.js');

// Write errors are the engine's to report (cli-output.ts: a closed pipe stops the run, a full disk
// fails it with a message); these listeners only keep a late one from ending in a stack trace.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  onInterrupt: (handler) => {
    onInterrupt = handler;
    if (early) handler();
    return () => {
      onInterrupt = null;
    };
  },
});
export {};

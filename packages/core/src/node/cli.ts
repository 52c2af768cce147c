// The `terreau` command (bin of @terreau/core): a thin entry over the engine in cli-run.ts.
// Ctrl-C is caught before the engine's modules load, so an early Ctrl-C still ends with exit 130
// and a partial summary rather than a killed process.
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

const { rejectedSoFar, run } = await import('./cli-run.js');

// A closed pipe (`terreau … | head`) ends the run quietly, like other Unix tools.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(rejectedSoFar() > 0 ? 1 : 0);
  throw e;
});

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

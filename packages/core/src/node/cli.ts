// The `terreau` command (bin of @terreau/core): a thin entry over the engine in cli-run.ts.
import { rejectedSoFar, run } from './cli-run.js';

// A closed pipe (`terreau … | head`) ends the run quietly, like other Unix tools.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(rejectedSoFar() > 0 ? 1 : 0);
  throw e;
});

let interrupted = false;
run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  onInterrupt: (handler) => {
    const onSigint = (): void => {
      // A second Ctrl-C does not wait for the partial summary.
      if (interrupted) process.exit(130);
      interrupted = true;
      handler();
    };
    process.on('SIGINT', onSigint);
    return () => process.off('SIGINT', onSigint);
  },
}).then((code) => {
  process.exitCode = code;
});

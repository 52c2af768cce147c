// A web-test-runner reporter that writes the real pass/fail counts to a JSON file, so .ci/run
// can print one "N passed, N failed" line (web-test-runner prints no such line itself).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, acc) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) acc.skipped += 1;
    else if (test.passed) acc.passed += 1;
    else acc.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, acc);
}

export function countsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, acc);
        if (!session.passed && (session.errors?.length ?? 0) > 0) acc.sessionErrors += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(acc));
    },
  };
}

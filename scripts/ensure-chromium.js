#!/usr/bin/env node
// Finds the Chromium the browser tests run in, and installs Debian's package when it is missing
// and we are root (CI, a fresh container). No browser is ever downloaded from elsewhere.
// Prints the path it found; web-test-runner.config.js calls findChromium() itself.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file exists there.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasAptGet() {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function main() {
  let path = findChromium();
  if (path) {
    console.log(`Chromium: ${path}`);
    return;
  }
  if (isRoot() && hasAptGet()) {
    console.log('Chromium not found: installing Debian\'s "chromium" package (about 30 s, 480 MB)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
    path = findChromium();
    if (path) {
      console.log(`Chromium: ${path}`);
      return;
    }
  }
  console.error(
    [
      'The browser tests need Chromium and none was found.',
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (binary /usr/bin/chromium)',
      '  Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

#!/usr/bin/env node
// Checks that the WordPress test (test/wordpress/) has what it runs on — Debian's wordpress, its
// theme, MariaDB, PHP's mysqli, Apache with mod_php — and installs the missing Debian packages when
// we are root with apt-get (CI, a fresh container), as ensure-chromium.js does for Chromium.
// Nothing is downloaded from anywhere but Debian's archive.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { missingForWordPress } from '../test/wordpress/server.js';

export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-mysql', 'apache2', 'libapache2-mod-php'];

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
  mkdirSync(new URL('../test/.results/', import.meta.url), { recursive: true }); // the counts reporter writes there
  let missing = missingForWordPress();
  if (missing.length === 0) {
    console.log('WordPress test: Debian packages present.');
    return;
  }
  if (!isRoot()) {
    // Without root the test cannot listen on port 80 either: it skips itself and says so.
    console.log(`WordPress test: skipped when not root (missing: ${missing.join(' ')}; as root: apt-get install -y ${PACKAGES.join(' ')}).`);
    return;
  }
  if (hasAptGet()) {
    console.log(`WordPress test: installing Debian's ${PACKAGES.join(' ')} (about a minute)…`);
    // policy-rc.d may refuse to start services in a container: harmless, the test starts its own.
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES.join(' ')} >/dev/null`], { stdio: 'inherit' });
    missing = missingForWordPress();
    if (missing.length === 0) return;
  }
  console.error(`The WordPress test needs Debian's packages: ${missing.join(' ')}.\n  apt-get install -y ${PACKAGES.join(' ')}`);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

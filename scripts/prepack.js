#!/usr/bin/env node
// `prepack` of each package: copies the repository's LICENSE and CHANGELOG.md beside package.json,
// so the tarball carries them (one copy in the repository; the copies are git-ignored).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
for (const file of ['LICENSE', 'CHANGELOG.md']) copyFileSync(join(root, file), join(process.cwd(), file));

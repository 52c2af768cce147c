#!/usr/bin/env node
// Builds the installable WordPress plugin: packages/wordpress/dist/terreau/ (the PHP and editor
// script of terreau/, the built widgets of packages/elements/dist, elements.json) and
// dist/terreau.zip, the file an administrator uploads in Extensions > Ajouter. Run after the
// elements' build (`npm run build` does both). Nothing here is committed: dist/ is ignored.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const elementsDist = join(here, '../elements/dist');
const manifestPath = join(here, '../elements/custom-elements.json');
const out = join(here, 'dist');
const plugin = join(out, 'terreau');

/** Tag name → attribute names, from the elements' manifest: the plugin's one list of what may pass. */
export function elementAttributes(manifest) {
  const tags = {};
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.tagName) tags[decl.tagName] = (decl.attributes ?? []).map((a) => a.name).filter(Boolean);
    }
  }
  return tags;
}

/** What a page loads: the bundles, their lazy chunks and the basemap; no source maps, no lib/ or types/. */
function shipped(name) {
  return !name.endsWith('.map') && !name.startsWith('lib') && !name.startsWith('types');
}

/** A plain zip (deflate), enough for WordPress' uploader and `unzip`. */
export function zip(root, prefix) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(root);
  const chunks = [];
  const central = [];
  let offset = 0;
  // A fixed date (1 Jan 2026) keeps the zip byte-identical from one build to the next.
  const time = 0, date = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const path of files) {
    const name = Buffer.from(`${prefix}/${relative(root, path).split('\\').join('/')}`);
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8); local.writeUInt16LE(time, 10); local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6); entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10); entry.writeUInt16LE(time, 12); entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16); entry.writeUInt32LE(packed.length, 20); entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28); entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

function main() {
  if (!existsSync(join(elementsDist, 'terreau-elements.js')) || !existsSync(manifestPath)) {
    console.error('packages/wordpress: build the elements first (npm run build).');
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(plugin, { recursive: true });
  cpSync(join(here, 'terreau'), plugin, { recursive: true });
  cpSync(elementsDist, plugin, { recursive: true, filter: (src) => src === elementsDist || shipped(relative(elementsDist, src)) });
  cpSync(join(here, '../../LICENSE'), join(plugin, 'LICENSE'));
  const tags = elementAttributes(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!tags['ess-map']?.length || !tags['ess-lever-advisor']?.length) {
    console.error('packages/wordpress: custom-elements.json lists no attributes for ess-map or ess-lever-advisor.');
    process.exit(1);
  }
  writeFileSync(join(plugin, 'elements.json'), `${JSON.stringify(tags, null, 2)}\n`);
  const archive = zip(plugin, 'terreau');
  writeFileSync(join(out, 'terreau.zip'), archive);
  const sha = createHash('sha256').update(archive).digest('hex').slice(0, 12);
  console.log(`packages/wordpress/dist/terreau.zip: ${(archive.length / 1024).toFixed(0)} kB (sha256 ${sha}…)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

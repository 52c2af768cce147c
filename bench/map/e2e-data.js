// Real-like actors files for the end-to-end bench (Node side): a `;` CSV as a French office suite
// writes it, in core's column names (the same file feeds <ess-map src> and the PapaParse page).
//  - 'commune': n actors in and around Valence (Drôme, INSEE 26362), ~8 % of them with no
//    coordinates (only their commune code), as a town hall's list has;
//  - 'france': n actors over France and the DROM (bench/map/points.js), all located.
// Also the geo API's answer for the commune's contour (a polygon of 40 vertices around the town)
// and a 256 px PNG tile, so nothing leaves the machine.
import { deflateSync } from 'node:zlib';
import { syntheticActors } from './points.js';
import { rng } from '../lib/rng.js';

const TYPES = ['association', 'association', 'association', 'scop', 'scic', 'mutuelle', 'fondation', 'aci', 'regie-de-quartier', 'commune'];
const NEEDS = ['healthy-food', 'sustainable-mobility', 'employment-access', 'housing', 'care-access'];
const STREETS = ['rue Émile Augier', 'avenue Victor Hugo', 'place des Clercs', 'rue Madier de Montjau', 'boulevard Vauban', 'chemin des Mûriers'];
export const COMMUNE = { code: '26362', name: 'Valence', lon: 4.8924, lat: 44.9334 };


export function actorsCsv(n, scope) {
  const r = rng(13 + n);
  const lines = ['id;nom;type;adresse;code_postal;commune;code_commune;latitude;longitude;besoins;site;source;date_verification'];
  const where = scope === 'france' ? syntheticActors(n) : null;
  for (let i = 0; i < n; i++) {
    const type = TYPES[Math.floor(r() * TYPES.length)];
    let lat = '';
    let lon = '';
    if (where) {
      lat = where.lat[i].toFixed(5);
      lon = where.lon[i].toFixed(5);
    } else if (r() > 0.08) {
      lat = (COMMUNE.lat + (r() - 0.5) * 0.05).toFixed(5);
      lon = (COMMUNE.lon + (r() - 0.5) * 0.07).toFixed(5);
    }
    const needs = NEEDS.filter(() => r() < 0.3).join('|');
    const street = `${1 + Math.floor(r() * 80)} ${STREETS[Math.floor(r() * STREETS.length)]}`;
    lines.push(
      [`A${String(i).padStart(6, '0')}`, `Acteur ${i} ${type}`, type, street, '26000', where ? '' : COMMUNE.name, where ? '' : COMMUNE.code, lat, lon, needs, i % 7 === 0 ? `https://acteur-${i}.example.org/` : '', 'Bench', '2026-11-02'].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function communeContour() {
  const ring = [];
  for (let a = 0; a < 40; a++) {
    const t = (-2 * Math.PI * a) / 40;
    const wobble = 1 + 0.12 * Math.sin(3 * t);
    ring.push([+(COMMUNE.lon + 0.045 * wobble * Math.cos(t)).toFixed(5), +(COMMUNE.lat + 0.032 * wobble * Math.sin(t)).toFixed(5)]);
  }
  ring.push(ring[0]);
  return { type: 'Feature', properties: { code: COMMUNE.code, nom: COMMUNE.name }, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A 256×256 RGB PNG: a light land colour with a grid of "streets" (what a tile server returns). */
export function tilePng(seed = 0) {
  const w = 256;
  const raw = Buffer.alloc((w * 3 + 1) * w);
  for (let y = 0; y < w; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const street = (x + seed * 17) % 64 < 3 || (y + seed * 29) % 48 < 3;
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = street ? 255 : 236;
      raw[o + 1] = street ? 255 : 234;
      raw[o + 2] = street ? 255 : 226;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(w, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

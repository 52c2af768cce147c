// The SVG sink of the map's scene (Lit-free): the same scene canvas-sink.ts draws (screen and PNG),
// mark for mark, as a standalone SVG document for the "Carte (SVG)" export. A chunk fetched on the
// first export (with exports.ts).
// Every text and attribute value is escaped, and the characters XML 1.0 forbids are replaced: the
// file stays XML whatever an actor's name holds.
import type { MapScene } from './scene.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Escapes text for XML content and attribute values (forbidden characters become U+FFFD). */
export function escapeXml(text: string): string {
  // XML 1.0 allows no C0 control but tab, LF and CR (not even as a character reference), nor lone
  // surrogates or U+FFFE/FFFF.
  return String(text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (v: number): string => v.toFixed(1);

/** The scene as an SVG document. */
export function sceneToSvg(scene: MapScene): string {
  const { width: w, height: h, theme: th } = scene;
  const { k, tx, ty } = scene.transform;
  const e = escapeXml;
  const out: string[] = [`<svg xmlns="${SVG_NS}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${e(th.font)}">`];
  if (scene.title) out.push(`<title>${e(scene.title)}</title>`);
  if (!scene.tiles) out.push(`<rect width="${w}" height="${h}" fill="${e(th.water)}"/>`);
  out.push(`<g transform="matrix(${k} 0 0 ${k} ${tx} ${ty})" stroke-linejoin="round">`);
  if (scene.basemap && !scene.tiles) out.push(`<path d="${scene.basemap}" fill="${e(th.land)}" stroke="${e(th.coast)}" stroke-width="0.75" vector-effect="non-scaling-stroke"/>`);
  if (scene.insets) out.push(`<path d="${scene.insets}" fill="none" stroke="${e(th.coast)}" stroke-width="1" vector-effect="non-scaling-stroke"/>`);
  if (scene.boundaries) out.push(`<path d="${scene.boundaries}" fill="none" stroke="${e(th.boundary)}" stroke-width="2" vector-effect="non-scaling-stroke"/>`);
  out.push('</g><g>');
  for (const m of scene.marks) {
    if (m.count === undefined) {
      out.push(`<circle cx="${n(m.x)}" cy="${n(m.y)}" r="${m.r}" fill="${e(m.fill)}" stroke="#fff" stroke-width="1.5"><title>${e(m.label)}</title></circle>`);
      continue;
    }
    out.push(`<g><title>${e(m.label)}</title><circle cx="${n(m.x)}" cy="${n(m.y)}" r="${n(m.r)}" fill="${e(m.fill)}"${m.ring ? '' : ' stroke="#fff" stroke-width="2"'}/>`);
    // The ring of family shares, clockwise from the top (as the canvas draws it).
    let a0 = -Math.PI / 2;
    const rr = m.r - 2.5;
    for (const [color, share] of m.ring ?? []) {
      const a1 = a0 + 2 * Math.PI * share;
      const d =
        share >= 1
          ? `M${n(m.x)},${n(m.y - rr)}a${n(rr)},${n(rr)} 0 1 1 0,${n(2 * rr)}a${n(rr)},${n(rr)} 0 1 1 0,${n(-2 * rr)}`
          : `M${n(m.x + rr * Math.cos(a0))},${n(m.y + rr * Math.sin(a0))}A${n(rr)},${n(rr)} 0 ${a1 - a0 > Math.PI ? 1 : 0} 1 ${n(m.x + rr * Math.cos(a1))},${n(m.y + rr * Math.sin(a1))}`;
      out.push(`<path d="${d}" fill="none" stroke="${e(color)}" stroke-width="5"/>`);
      a0 = a1;
    }
    out.push(`<text x="${n(m.x)}" y="${n(m.y)}" text-anchor="middle" dominant-baseline="central" font-size="11" font-weight="700" fill="${e(m.ring ? th.text : '#fff')}">${e(m.count)}</text></g>`);
  }
  out.push('</g>');
  if (scene.selected) out.push(`<circle cx="${n(scene.selected.x)}" cy="${n(scene.selected.y)}" r="10" fill="none" stroke="${e(th.text)}" stroke-width="3"/>`);
  for (const l of scene.labels) {
    out.push(`<text x="${n(l.x)}" y="${n(l.y)}"${l.end ? ' text-anchor="end"' : ''} font-size="11" font-weight="600" fill="${e(th.text)}" stroke="${e(th.halo)}" stroke-width="3" paint-order="stroke">${e(l.text)}</text>`);
  }
  if (scene.attribution) out.push(`<text x="${w - 4}" y="${h - 4}" text-anchor="end" font-size="10" fill="${e(th.text)}">${e(scene.attribution)}</text>`);
  out.push('</svg>');
  return out.join('');
}

// The canvas sink of the map's scene (Lit-free): draws a MapScene on a 2D context, for the screen
// and for the PNG export — the same scene svg-sink.ts writes as SVG, mark for mark.
import type { MapScene, SceneMark } from './scene.js';

/** The Path2D of each path data string drawn lately (the basemap's is parsed once, not every frame). */
const paths = new Map<string, Path2D>();
function pathOf(d: string): Path2D {
  let p = paths.get(d);
  if (!p) {
    if (paths.size >= 8) paths.delete(paths.keys().next().value as string);
    p = new Path2D(d);
    paths.set(d, p);
  }
  return p;
}

/** Draws `scene` on `ctx`, `scale` device pixels per CSS pixel (the context's size is the scene's × scale). */
export function drawScene(ctx: CanvasRenderingContext2D, scene: MapScene, scale: number): void {
  const { width: w, height: h, theme: th } = scene;
  const { k, tx, ty } = scene.transform;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.clearRect(0, 0, w, h);
  if (!scene.tiles) {
    ctx.fillStyle = th.water;
    ctx.fillRect(0, 0, w, h);
  }
  // Geometry in the world plane, under one transform; strokes keep their width in screen pixels.
  ctx.setTransform(scale * k, 0, 0, scale * k, scale * tx, scale * ty);
  ctx.lineJoin = 'round';
  if (scene.basemap && !scene.tiles) {
    const p = pathOf(scene.basemap);
    ctx.fillStyle = th.land;
    ctx.fill(p);
    ctx.strokeStyle = th.coast;
    ctx.lineWidth = 0.75 / k;
    ctx.stroke(p);
  }
  if (scene.insets) {
    ctx.strokeStyle = th.coast;
    ctx.lineWidth = 1 / k;
    ctx.stroke(pathOf(scene.insets));
  }
  if (scene.boundaries) {
    ctx.strokeStyle = th.boundary;
    ctx.lineWidth = 2 / k;
    ctx.stroke(pathOf(scene.boundaries));
  }
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `700 11px ${th.font}`;
  const dots = new Map<string, SceneMark[]>();
  for (const m of scene.marks) {
    if (m.count === undefined) {
      const list = dots.get(m.fill);
      if (list) list.push(m);
      else dots.set(m.fill, [m]);
      continue;
    }
    ctx.beginPath();
    ctx.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
    ctx.fillStyle = m.fill;
    ctx.fill();
    if (m.ring) {
      // The ring of family shares, clockwise from the top.
      ctx.lineWidth = 5;
      let a0 = -Math.PI / 2;
      for (const [color, share] of m.ring) {
        const a1 = a0 + 2 * Math.PI * share;
        ctx.beginPath();
        ctx.arc(m.x, m.y, m.r - 2.5, a0, a1);
        ctx.strokeStyle = color;
        ctx.stroke();
        a0 = a1;
      }
    } else {
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#fff';
      ctx.stroke();
    }
    ctx.fillStyle = m.ring ? th.text : '#fff';
    ctx.fillText(m.count, m.x, m.y);
  }
  // Dots: one path per colour.
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#fff';
  for (const [fill, list] of dots) {
    ctx.beginPath();
    for (const m of list) {
      ctx.moveTo(m.x + m.r, m.y);
      ctx.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
    }
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.stroke();
  }
  if (scene.selected) {
    ctx.beginPath();
    ctx.arc(scene.selected.x, scene.selected.y, 10, 0, 2 * Math.PI);
    ctx.strokeStyle = th.text;
    ctx.lineWidth = 3;
    ctx.stroke();
  }
  // Names (the overseas insets'), on a halo of the background colour.
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 11px ${th.font}`;
  ctx.lineWidth = 3;
  ctx.strokeStyle = th.halo;
  ctx.fillStyle = th.text;
  for (const l of scene.labels) {
    ctx.textAlign = l.end ? 'end' : 'start';
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillText(l.text, l.x, l.y);
  }
  if (scene.attribution) {
    ctx.textAlign = 'end';
    ctx.font = `10px ${th.font}`;
    ctx.fillText(scene.attribution, w - 4, h - 4);
  }
}

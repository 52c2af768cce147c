// The raster tiles under the map (Lit-free): one <img> per Web Mercator tile in a layer under the
// canvas, placed and scaled by a CSS transform, and the attribution the tile service asks for.
// map-view.ts says which tiles (set) and when the view moved (draw); this file keeps the images,
// drops those gone off screen, and tells when the tile server cannot be reached.
import { tileRange } from './geo.js';
import type { Viewport } from './viewport.js';

/** This many tiles failing before any loads: the tile server cannot be reached from this page. */
export const TILE_FAILURES_TO_GIVE_UP = 4;

export interface TileOptions {
  /** http(s) URL template with {z}, {x}, {y} (and optionally {s} → a). */
  url: string;
  /** Attribution shown on the map (text). */
  attribution: string;
  maxZoom?: number;
}

export class TileLayer {
  /** The images' layer, under the canvas. */
  readonly el: HTMLDivElement;
  /** The tiles' attribution, over the map (hidden without tiles). */
  readonly attribution: HTMLDivElement;
  private nodes = new Map<string, HTMLImageElement>();
  /** Tiles loaded and failed since the tiles were set. */
  private loads = 0;
  private failures = 0;
  private readonly onLoad = (): void => {
    this.loads += 1;
  };
  /** A tile that failed shows nothing (not the browser's broken-image sign); all the first ones failing: said once. */
  private readonly onError = (e: Event): void => {
    const img = e.target as HTMLImageElement;
    img.style.visibility = 'hidden';
    if (!img.isConnected) return;
    this.failures += 1;
    if (this.loads === 0 && this.failures === TILE_FAILURES_TO_GIVE_UP) this.options.onTilesFailed?.();
  };

  /** `options.onTilesFailed`: the first TILE_FAILURES_TO_GIVE_UP tiles since `set` failed and none loaded (called once per `set`). */
  constructor(
    private readonly doc: Document,
    private readonly options: { onTilesFailed?(): void },
  ) {
    this.el = doc.createElement('div');
    this.el.className = 'ess-mv-tiles';
    this.el.setAttribute('aria-hidden', 'true');
    this.attribution = doc.createElement('div');
    this.attribution.className = 'ess-mv-attr';
    this.attribution.hidden = true;
  }

  /** New tiles (null: none): the images shown go, the failures are counted again from zero. */
  set(tiles: TileOptions | null): void {
    for (const img of this.nodes.values()) img.remove();
    this.nodes.clear();
    this.loads = 0;
    this.failures = 0;
    this.attribution.textContent = tiles ? tiles.attribution : '';
    this.attribution.hidden = !tiles || !tiles.attribution;
  }

  /** Shows the tiles covering the view `vp`: new ones fetched, those on screen moved, the others removed. */
  draw(tiles: TileOptions, vp: Viewport): void {
    const range = tileRange(vp.t, vp.width, vp.height, tiles.maxZoom ?? 19);
    const keep = new Set<string>();
    for (const tile of range.tiles) {
      const key = `${range.z}/${tile.x}/${tile.y}`;
      keep.add(key);
      let img = this.nodes.get(key);
      if (!img) {
        img = this.doc.createElement('img');
        img.alt = '';
        img.decoding = 'async';
        img.draggable = false;
        img.referrerPolicy = 'strict-origin-when-cross-origin';
        img.width = 256;
        img.height = 256;
        img.addEventListener('load', this.onLoad, { once: true });
        img.addEventListener('error', this.onError, { once: true });
        img.src = tile.url(tiles.url);
        this.nodes.set(key, img);
        this.el.append(img);
      }
      img.style.transform = `translate(${tile.sx}px,${tile.sy}px) scale(${range.scale})`;
    }
    for (const [key, img] of this.nodes) {
      if (!keep.has(key)) {
        img.remove();
        this.nodes.delete(key);
      }
    }
  }
}

// The usual way today: Leaflet + Leaflet.markercluster with default markers, no tiles (offline),
// the same points and the same basemap as a GeoJSON layer.
import { afterPaint, syntheticActors } from './points.js';

const L = window.L;
let map = null;

window.__bench = {
  async setup() {
    map = L.map('map', { zoomControl: true, maxZoom: 18 }).setView([46.6, 2.4], 6);
    const basemap = await (await fetch('/packages/elements/dist/basemap-france.json')).json();
    L.geoJSON(basemap, { style: { color: '#8a8a8a', weight: 1, fillColor: '#eceee8', fillOpacity: 1 } }).addTo(map);
    await afterPaint();
  },
  async firstPaint(n) {
    const { lon, lat } = syntheticActors(n);
    await afterPaint();
    const t0 = performance.now();
    const group = L.markerClusterGroup();
    const markers = new Array(n);
    for (let i = 0; i < n; i++) markers[i] = L.marker([lat[i], lon[i]], { title: `Acteur ${i}` });
    group.addLayers(markers);
    map.addLayer(group);
    const drawn = performance.now() - t0;
    await afterPaint();
    return { n, drawnMs: drawn, paintedMs: performance.now() - t0 };
  },
  afterPaint,
};
window.__ready = true;

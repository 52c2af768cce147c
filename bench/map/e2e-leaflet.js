// The same file, commune and tiles as the <ess-map> page, the usual way: PapaParse reads the CSV,
// Leaflet.markercluster clusters one default marker per located row, the commune's contour from
// the geo API is drawn and fitted, and the first 100 rows are listed (as <ess-map> lists 100).
(async () => {
  const q = new URLSearchParams(location.search);
  const map = L.map('map', { maxZoom: 19 }).setView([46.6, 2.4], 6);
  if (q.get('tiles')) L.tileLayer(q.get('tiles'), { attribution: 'Bench tiles' }).addTo(map);
  const contour = q.get('commune')
    ? fetch(`${q.get('geo-api')}/communes/${q.get('commune')}?format=geojson&geometry=contour`).then((r) => r.json())
    : Promise.resolve(null);
  const text = await (await fetch(q.get('src'))).text();
  const parsed = Papa.parse(text, { header: true, delimiter: ';', skipEmptyLines: true });
  const rows = parsed.data;
  const group = L.markerClusterGroup();
  const markers = [];
  for (const row of rows) {
    const lat = Number.parseFloat(row.latitude);
    const lon = Number.parseFloat(row.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    markers.push(L.marker([lat, lon], { title: row.nom }).bindPopup(() => row.nom));
  }
  group.addLayers(markers);
  map.addLayer(group);
  const boundary = await contour;
  if (boundary) map.fitBounds(L.geoJSON(boundary, { style: { color: '#1d4f91', weight: 2, fill: false } }).addTo(map).getBounds());
  else if (markers.length) map.fitBounds(group.getBounds());
  const list = document.getElementById('list');
  const frag = document.createDocumentFragment();
  for (const row of rows.slice(0, 100)) {
    const tr = document.createElement('tr');
    for (const v of [row.nom, row.type, row.commune]) {
      const td = document.createElement('td');
      td.textContent = v ?? '';
      tr.append(td);
    }
    frag.append(tr);
  }
  list.append(frag);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  window.__result = { doneMs: performance.now(), rows: list.children.length, drawn: markers.length };
})().catch((e) => (window.__result = { error: String(e) }));

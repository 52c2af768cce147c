// The hand-written floor of the end-to-end bench (see e2e-bare.html): the same file, contour and tiles
// as the two stacks, read and drawn with nothing but the platform. The file is the bench's own (no
// quoted fields), so a split on ';' reads it; a real page would need a CSV parser.
(async () => {
  const q = new URLSearchParams(location.search);
  const contourP = fetch(`${q.get('geo-api')}/communes/${q.get('commune')}?format=geojson&geometry=contour`).then((r) => r.json());
  const text = await (await fetch(q.get('src'))).text();
  const lines = text.split('\r\n');
  const head = lines[0].split(';');
  const rows = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const cells = lines[i].split(';');
    const row = {};
    head.forEach((h, j) => (row[h] = cells[j]));
    rows.push(row);
  }
  const ring = (await contourP).geometry.coordinates[0];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const canvas = document.querySelector('canvas');
  const [w, h] = [canvas.width, canvas.height];
  const s = 0.9 * Math.min(w / (x1 - x0), h / (y1 - y0));
  const px = (lon) => w / 2 + (lon - (x0 + x1) / 2) * s;
  const py = (lat) => h / 2 - (lat - (y0 + y1) / 2) * s;
  const map = document.getElementById('map');
  const tiles = q.get('tiles');
  for (let i = 0; i < 6; i++) {
    for (let j = 0; j < 2; j++) {
      const img = new Image();
      img.alt = '';
      img.src = tiles.replace('{z}', '13').replace('{x}', String(4204 + i)).replace('{y}', String(2948 + j));
      img.style.left = `${i * 256}px`;
      img.style.top = `${j * 256}px`;
      map.prepend(img);
    }
  }
  const g = canvas.getContext('2d');
  g.strokeStyle = '#1d4f91';
  g.beginPath();
  ring.forEach(([lon, lat], k) => (k ? g.lineTo(px(lon), py(lat)) : g.moveTo(px(lon), py(lat))));
  g.stroke();
  g.fillStyle = '#1d6fb8';
  let drawn = 0;
  for (const row of rows) {
    if (!row.latitude || !row.longitude) continue;
    drawn++;
    g.beginPath();
    g.arc(px(Number(row.longitude)), py(Number(row.latitude)), 5, 0, 2 * Math.PI);
    g.fill();
  }
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
  window.__result = { doneMs: performance.now(), rows: list.children.length, drawn };
})().catch((e) => (window.__result = { error: String(e) }));

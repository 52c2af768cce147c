// Sets the attributes from the query (the bench varies the file and the commune), then records
// the time from navigation to "data drawn and listed": the data event, the element's render with its
// list rows, the map's redraw with the points, and the frame after it.
const q = new URLSearchParams(location.search);
const el = document.getElementById('m');
for (const [k, v] of q) if (k !== 'n') el.setAttribute(k, v);
const done = async () => {
  await customElements.whenDefined('ess-map');
  await el.updateComplete;
  const view = el.view;
  // The points drawn, not only handed over: the map may hold them while the territory's contour is on
  // its way (so that it fits once), and the end point waits for them as it waits for Leaflet's markers.
  while (view && view.state.visible === 0) await new Promise((r) => requestAnimationFrame(r));
  await view?.whenDrawn();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const rows = el.shadowRoot.querySelectorAll('tbody tr').length;
  window.__result = { doneMs: performance.now(), rows, drawn: view?.state.visible ?? 0 };
};
el.addEventListener('ess-data-load', () => void done(), { once: true });
el.addEventListener('ess-data-error', (e) => (window.__result = { error: JSON.stringify(e.detail) }), { once: true });

// Shows, in the page's status line, what the map hands to the territory advisor. The advisor needs
// none of this: it listens to the map named by its `for` attribute by itself.
const map = document.getElementById('carte');
const advisor = document.getElementById('conseil');
const status = document.getElementById('status');

map.addEventListener('ess-data-load', (event) => {
  status.textContent = `${event.detail.actors} acteurs chargés sur la carte.`;
});
map.addEventListener('ess-filter-change', (event) => {
  status.textContent = `${event.detail.visible} acteurs sur ${event.detail.total} retenus pour le diagnostic.`;
});
advisor.addEventListener('ess-results-change', (event) => {
  const actions = event.detail.territory?.actions ?? [];
  status.textContent += ` ${actions.length} actions d'animation proposées.`;
});

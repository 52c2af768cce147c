// Wires the two widgets through their events (an external module: the page stays CSP-clean).
// Selecting an actor on the map presets the advisor's context with that actor.
const map = document.getElementById('map');
const advisor = document.getElementById('advisor');
const status = document.getElementById('status');

map.addEventListener('ess-actor-select', (event) => {
  const { actor } = event.detail;
  if (!actor) return;
  if ('actor' in advisor) advisor.actor = actor;
  status.textContent = `Conseiller pré-rempli avec « ${actor.name} ».`;
});

map.addEventListener('ess-data-error', (event) => {
  status.textContent = event.detail.message?.fr ?? 'Les données de la carte n’ont pas pu être chargées.';
});

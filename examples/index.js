// Wires the two widgets through their events (an external module: the page stays CSP-clean).
// Selecting an actor on the map presets the advisor's context with that actor: its type, commune,
// main activity and approvals go into the advisor's preset attributes, which the advisor applies
// whenever they change (see its JSDoc).
const map = document.getElementById('map');
const advisor = document.getElementById('advisor');
const status = document.getElementById('status');

/** Sets an attribute when there is a value, removes it otherwise. */
function preset(name, value) {
  if (value) advisor.setAttribute(name, value);
  else advisor.removeAttribute(name);
}

map.addEventListener('ess-actor-select', (event) => {
  const { actor } = event.detail;
  if (!actor) return;
  preset('type', actor.type);
  preset('commune', actor.communeCode);
  preset('activity', actor.activities?.[0]);
  preset('approvals', (actor.approvals ?? []).join(' '));
  status.textContent = `Conseiller pré-rempli avec « ${actor.name} ».`;
});

map.addEventListener('ess-data-error', (event) => {
  // The map shows the explanation and a retry button itself; the page only notes it.
  status.textContent = `La carte n’a pas pu charger ses données (${event.detail.kind}).`;
});

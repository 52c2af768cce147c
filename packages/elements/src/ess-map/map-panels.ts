// The map's secondary parts: the filter panel, the needs coverage and export panels (drawn in the
// task after the frame that shows the data) and what opens beside the markers on a click (an
// actor's card, a group's list). A chunk of its own, fetched through the map's LazyController when
// the element connects — beside the data, never before the first paint — so the start file carries
// the map, the legend and the list only.
export { renderFilters } from './render-filters.js';
export { renderCoverage } from './render-coverage.js';
export { renderExports } from './render-exports.js';
export { renderBeside } from './render-card.js';

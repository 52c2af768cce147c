// Territory mode's code — its controller (reading the followed map or `src`) and its render
// partial — as a chunk of its own, fetched only by an advisor with `mode="territory"`: the
// questionnaire a page shows far more often does not carry it (nor, in the advisor-only bundle,
// the data loader it needs).
export { TerritoryController } from './territory-controller.js';
export { renderTerritory } from './render-territory.js';

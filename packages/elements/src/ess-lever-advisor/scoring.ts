// The enterprise's scoring and what shows it — core's pérennité score and the figures' suggestions
// (advice.ts), the short path's choice of criteria, the results' render partial, the follow-up's
// comparison — as a chunk of its own: the questionnaire's first step, all a visitor sees at start,
// shows no score (nothing is answered yet), so the start file does not carry core's scoring. Fetched
// through the advisor's LazyController (advisor-loads.ts) as soon as the user starts on the advisor
// (first focus or click), the state holds answers or figures, the short path is chosen, or results
// are asked for (results step, print, a results listener, a comparison).
export { computeAdvice, shortPathCriteria } from './advice.js';
export { renderResults } from './render-results.js';
export { renderChanges } from './render-changes.js';

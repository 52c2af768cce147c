// @terreau/elements — importing this module defines every element. Re-exports only.
export * from './internal/terreau-element.js';
export * from './ess-map/ess-map.js';
export * from './ess-lever-advisor/ess-lever-advisor.js';

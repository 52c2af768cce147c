// Defines <ess-lever-advisor>. Import this file (or the package index) to register the element.
import { defineElement } from '../internal/terreau-element.js';
import { EssLeverAdvisor } from './ess-lever-advisor.component.js';

export { EssLeverAdvisor };
export type { AdvisorState, AdvisorContext } from './advisor-state.js';

defineElement('ess-lever-advisor', EssLeverAdvisor);

declare global {
  interface HTMLElementTagNameMap {
    'ess-lever-advisor': EssLeverAdvisor;
  }
}

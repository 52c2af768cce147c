import { defineElement } from '../internal/terreau-element.js';
import { EssMap } from './ess-map.component.js';

export { EssMap };
export type { EssActorSelectDetail } from '../events/ess-actor-select.js';
export type { EssFilterChangeDetail } from '../events/ess-filter-change.js';
export type { EssDataLoadDetail } from '../events/ess-data-load.js';
export type { EssDataErrorDetail, DataErrorKind } from '../events/ess-data-error.js';

defineElement('ess-map', EssMap);

declare global {
  interface HTMLElementTagNameMap {
    'ess-map': EssMap;
  }
}

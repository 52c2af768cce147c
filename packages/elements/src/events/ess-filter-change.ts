/** Detail of `ess-filter-change`: the filter now applied and what it leaves visible. */
export interface EssFilterChangeDetail {
  /** Selected type or family ids (a family id stands for all its types). */
  types: string[];
  /** Selected need ids. */
  needs: string[];
  /** Selected zoning ids. */
  zones: string[];
  /** Selected approval ids. */
  approvals: string[];
  /** Selected employee bands. */
  sizes: string[];
  /** Free text search. */
  q: string;
  /** Number of actors the filter leaves visible. */
  visible: number;
  /** Number of valid actors loaded. */
  total: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ess-filter-change': CustomEvent<EssFilterChangeDetail>;
  }
}

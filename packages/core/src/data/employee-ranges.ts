// Salaried headcount as a range, from the employee bands actors carry (INSEE's "tranche
// d'effectifs salariés" codes grouped, see formats/actor-row.ts). A band is a range, never a
// point: totals are a minimum and a maximum. The top band has no upper bound (INSEE's own top
// code, 53, is "10 000 salariés et plus"): its actors are counted apart, as open-ended.
import type { EmployeeBandId } from './ids.js';

export const EMPLOYEE_RANGES: Readonly<Record<EmployeeBandId, { min: number; max: number | null }>> = {
  '0': { min: 0, max: 0 },
  '1-9': { min: 1, max: 9 },
  '10-49': { min: 10, max: 49 },
  '50-249': { min: 50, max: 249 },
  '250+': { min: 250, max: null },
};

import type { Figures } from '@terreau/core';

/** A small association, worked by hand (see the expected values below). */
export const workedFigures: Figures = {
  year: 2025,
  revenues: {
    sales: 40_000,
    subsidies: [
      { funder: 'Commune', funderKind: 'commune', amount: 30_000, multiYear: true },
      { funder: ' commune', amount: 15_000 }, // same funder, other spelling: added up
      { funder: 'Département', funderKind: 'departement', amount: 15_000 },
      { funder: 'CAF', funderKind: 'caf', amount: 10_000 },
    ],
    donations: [{ donor: 'Fondation X', amount: 5_000 }, { amount: 2_000 }, { amount: 3_000 }],
  },
  expenses: { total: 114_000, depreciation: 6_000, admin: 17_100 },
  equity: 36_000,
  longTermDebts: 10_000,
  netFixedAssets: 22_000,
  receivables: 30_000,
  shortTermDebts: 20_000,
};

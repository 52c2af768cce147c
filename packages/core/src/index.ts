// @terreau/core — public API. Re-exports only; one line per module, grouped by folder.

// data
export * from './data/ids.js';
export * from './data/needs.js';
export * from './data/typology.js';
export * from './data/zonings.js';
export * from './data/legal-categories.js';
export * from './data/case-studies.js';
export * from './data/default-dataset.js';
export * from './data/default-communes.js';
export * from './data/assets.js';

// schema
export * from './schema/identifiers.js';
export * from './schema/actor.js';
export * from './schema/zoning.js';
export * from './schema/record-issue.js';
export * from './schema/parse-actors.js';

// territory
export * from './territory/is-in-zone-on.js';
export * from './territory/classify-fragility.js';
export * from './territory/commune-zone-table.js';

// directory
export * from './directory/normalise-text.js';
export * from './directory/actor-filter.js';
export * from './directory/actor-facet-values.js';
export * from './directory/filter-actors.js';
export * from './directory/facet-actors.js';
export * from './directory/find-duplicates.js';
export * from './directory/asset-coverage.js';
export * from './directory/needs-coverage.js';

// scoring
export * from './data/criteria.js';
export * from './data/bands.js';
export * from './data/indicator-bands.js';
export * from './data/weights.js';
export * from './schema/answers.js';
export * from './schema/figures.js';
export * from './schema/indicators.js';
export * from './schema/weight-profile.js';
export * from './schema/perennite-score.js';
export * from './scoring/compute-indicators.js';
export * from './scoring/suggest-answers.js';
export * from './scoring/weight-profile-for.js';
export * from './scoring/weight-profile-of-context.js';
export * from './scoring/parse-weight-profile.js';
export * from './scoring/parse-answers.js';
export * from './scoring/score-perennite.js';

// recommend
export * from './data/levers.js';
export * from './data/actions.js';
export * from './data/decision-makers.js';
export * from './data/legal-parameters.js';
export * from './schema/decision-maker.js';
export * from './schema/recommendation.js';
export * from './data/requests.js';
export * from './data/competence-rules.js';
export * from './data/case-study-actions.js';
export * from './recommend/eligibility.js';
export * from './recommend/learn-priors.js';
export * from './recommend/subsidy-checklist.js';
export * from './recommend/recommend-actions.js';
export * from './recommend/format-reason.js';
export * from './data/territory-actions.js';
export * from './recommend/recommend-territory-actions.js';

// toolkit
export * from './toolkit/kpi.js';
export * from './toolkit/draft-convention.js';
export * from './toolkit/document.js';
export * from './toolkit/document-xml.js';
export * from './toolkit/sourcing-note.js';
export * from './toolkit/procurement-procedures.js';

// sources (official data read live)
export * from './data/siae-kinds.js';
export * from './sources/company-search-query.js';
export * from './sources/actor-from-company.js';
export * from './sources/fetch-company-search.js';

// analysis
export * from './data/employee-ranges.js';
export * from './analysis/aggregate-actors.js';
export * from './analysis/aggregate-row.js';

// formats
export * from './formats/parse-csv-text.js';
export * from './formats/actor-row.js';
export * from './formats/geojson.js';
export * from './formats/ndjson.js';
export * from './formats/today-iso.js';
export * from './formats/sniff-content.js';
export * from './formats/project-to-wgs84.js';

// ingestion (one pipeline for the widgets, the Node API and the CLI)
export { FIELD_ALIASES, LIST_SEPARATOR, CODE_LENGTHS, isField } from './ingest/field-table.js';
export type { Field } from './ingest/field-table.js';
export * from './ingest/column-map.js';
export * from './ingest/classifier.js';
export * from './ingest/ingest-records.js';
export * from './ingest/fast-records.js';
export * from './ingest/zone-list.js';
export * from './ingest/zone-list-spec.js';
export * from './ingest/infer-needs.js';

// i18n
export * from './i18n/messages.fr.js';
export * from './i18n/messages.en.js';
// Each part on its own, so a widget can bundle only the text it shows (the map: catalogue labels).
export * from './i18n/fr/catalogue.js';
export * from './i18n/fr/actor-list-labels.js';
export * from './i18n/fr/catalogue-labels.js';
export * from './i18n/fr/catalogue-descriptions.js';
export * from './i18n/fr/catalogue-reasons.js';
export * from './i18n/fr/errors.js';
export * from './i18n/fr/scoring.js';
export * from './i18n/fr/scoring-labels.js';
export * from './i18n/fr/scoring-questions.js';
export * from './i18n/fr/recommend.js';
export * from './i18n/fr/recommend-context.js';
export * from './i18n/fr/toolkit.js';
export * from './i18n/en/catalogue.js';
export * from './i18n/en/catalogue-labels.js';
export * from './i18n/en/catalogue-descriptions.js';
export * from './i18n/en/catalogue-reasons.js';
export * from './i18n/en/errors.js';
export * from './i18n/en/scoring.js';
export * from './i18n/en/scoring-labels.js';
export * from './i18n/en/scoring-questions.js';
export * from './i18n/en/recommend.js';
export * from './i18n/en/recommend-context.js';
export * from './i18n/en/toolkit.js';
export * from './i18n/format-issue.js';

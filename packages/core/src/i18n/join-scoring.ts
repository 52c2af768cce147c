// Joins the scoring labels and the scoring questionnaire into `messages.scoring`, the same for every
// locale: each criterion's label with its question, anchors, evidence and help, and every other part
// as it is. The two halves live apart so that a widget can show the score before the questions load.
import type { ScoringLabels } from './fr/scoring-labels.js';
import type { ScoringQuestions } from './fr/scoring-questions.js';

type CriterionKey = keyof ScoringLabels['criteria'];
type JoinedCriteria = { [K in CriterionKey]: ScoringLabels['criteria'][K] & ScoringQuestions['criteria'][K] };

/** The scoring messages of one locale. */
export function joinScoring(labels: ScoringLabels, questions: ScoringQuestions) {
  const criteria = {} as JoinedCriteria;
  const into = criteria as Record<CriterionKey, object>;
  for (const id of Object.keys(labels.criteria) as CriterionKey[]) {
    into[id] = { ...labels.criteria[id], ...questions.criteria[id] };
  }
  return {
    modelName: labels.modelName,
    modelDescription: labels.modelDescription,
    answers: labels.answers,
    sources: labels.sources,
    groups: labels.groups,
    needsFitNote: labels.needsFitNote,
    criteria,
    bands: labels.bands,
    indicators: questions.indicators,
    units: labels.units,
    indicatorReasons: questions.indicatorReasons,
    suggestion: questions.suggestion,
    adjustments: questions.adjustments,
    trace: questions.trace,
    errors: questions.errors,
  };
}

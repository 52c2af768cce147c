// What the `terreau` command writes for one valid record of validate/convert, score and recommend:
// shared by the main thread (`--jobs 1`) and the worker threads (cli-worker.ts), so both paths
// write the same bytes. Also the answers/figures a record carries (assessmentOf).
import { ACTOR_COLUMNS, actorFieldOf, actorToRow, legalUnitOfRow, nameOfFields, parseDecimal } from '../formats/actor-row.js';
import { classifyLegalUnit } from '../data/legal-categories.js';
import { formatCsvField } from '../formats/parse-csv-text.js';
import { actorToFeature } from '../formats/geojson.js';
import type { DecisionMakerId } from '../data/ids.js';
import type { Actor } from '../schema/actor.js';
import { Figures } from '../schema/figures.js';
import type { WeightProfile } from '../schema/weight-profile.js';
import type { PerenniteScore } from '../schema/perennite-score.js';
import { parseAnswers } from '../scoring/parse-answers.js';
import { scorePerennite } from '../scoring/score-perennite.js';
import { recommendActions } from '../recommend/recommend-actions.js';
import { RecordWriter } from './cli-output.js';
import type { OutputFormat } from './cli-output.js';
import { makeFormatIssue } from './read-actors.js';
import type { ReadIssue, ReadResult } from './read-actors.js';
import { weightProfileOfActor } from '../scoring/weight-profile-of-context.js';
import type { ScoreSubject } from '../ingest/fast-actor.js';

/** The commands whose records go through `RecordRenderer` (and may run on worker threads). */
export type RecordCommand = 'validate' | 'convert' | 'score' | 'recommend';

export interface RendererOptions {
  /** classify goes through the same chunks (cli-chunk.ts) but is written by classifiedRecord, not RecordRenderer. */
  command: RecordCommand | 'classify';
  format: OutputFormat;
  date: string;
  profile?: WeightProfile;
  decisionMaker?: DecisionMakerId;
}

/** The columns `terreau classify` writes. */
export const CLASSIFY_COLUMNS: readonly string[] = ['row', 'id', 'name', 'legalCategory', 'ess', 'naf', 'type', 'family', 'confidence', 'reason'];

/**
 * What `terreau classify` writes for a record (a CSV row, a JSON object, a feature's properties):
 * the type from its legal category, ESS flag and NAF code; `unknown` when no type could be given.
 */
export function classifiedRecord(raw: Record<string, unknown>, index: number): { flat: Record<string, string>; unknown: boolean } {
  const unit = legalUnitOfRow(raw);
  const c = classifyLegalUnit({ categorieJuridique: unit.categorieJuridique ?? '', ess: unit.ess, naf: unit.naf });
  // each field's first non-empty cell, as actorFromRow reads a row (a later empty alias column does not erase it)
  const cells: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const f = actorFieldOf(k);
    if (f !== null && (cells[f] === undefined || cells[f] === '')) cells[f] = v;
  }
  const flat: Record<string, string> = {
    row: String(index + 1),
    id: String(cells['siret'] ?? cells['siren'] ?? cells['id'] ?? cells['rna'] ?? ''),
    name: String(nameOfFields(cells as Parameters<typeof nameOfFields>[0]) ?? ''),
    legalCategory: unit.categorieJuridique ?? '',
    ess: c.ess === null ? '' : c.ess ? 'O' : 'N',
    naf: unit.naf ?? '',
    type: c.type ?? '',
    family: c.family ?? '',
    confidence: c.confidence,
    reason: c.reason,
  };
  return { flat, unknown: c.type === null };
}

export function columnsOf(command: RecordCommand | 'classify', actorColumns: readonly string[]): readonly string[] {
  if (command === 'classify') return CLASSIFY_COLUMNS;
  if (command === 'score') return ['id', 'name', 'type', 'overall', 'band', 'completeness', 'economics', 'team', 'ecosystem', 'strengths', 'weaknesses', 'unanswered', 'profile', 'modelVersion'];
  if (command === 'recommend') return ['id', 'name', 'rank', 'actionId', 'leverId', 'priority', 'score', 'reasons', 'confidence'];
  return actorColumns;
}

/** Renders the output of valid records (see RecordWriter.render / addText). */
export class RecordRenderer {
  #writer: RecordWriter;
  #profiles: ProfileCache;
  #scores: ScoreMemo;
  /** CSV of validate/convert with the canonical columns: written straight from the actor (actorCsvLine). */
  #actorCsv: boolean;
  /** CSV of score with its columns: the part of a line after id, name and type, per score object. */
  #scoreTails: Map<PerenniteScore, string> | null = null;
  constructor(
    private options: RendererOptions,
    columns: readonly string[],
  ) {
    // render() never touches the sink
    this.#writer = new RecordWriter(null as never, options.format, columns);
    this.#profiles = new ProfileCache(options.date);
    this.#scores = new ScoreMemo(options.date);
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c, i) => c === b[i]);
    this.#actorCsv = options.format === 'csv' && (options.command === 'validate' || options.command === 'convert') && same(columns, ACTOR_COLUMNS);
    if (options.format === 'csv' && options.command === 'score' && same(columns, columnsOf('score', ACTOR_COLUMNS))) this.#scoreTails = new Map();
  }

  /** True when validate/convert lines are CSV of the canonical columns (actorCsvLine, or CsvActorFastPath.csvLine). */
  get writesActorCsvLine(): boolean {
    return this.#actorCsv;
  }

  /** The command rendered. */
  get command(): RecordCommand | 'classify' {
    return this.options.command;
  }

  /** Answers and figures a record must carry for score/recommend (their faults set it aside); null for validate/convert. */
  needsAssessment(): boolean {
    return this.options.command === 'score' || this.options.command === 'recommend';
  }

  /**
   * The text of one valid actor (its assessment for score/recommend); '' when it writes nothing
   * (recommend without actions in CSV). `numbers`: String() of its coordinates when known.
   */
  render(actor: Actor, extra: Assessment | null, numbers?: NumberTexts): string {
    const { command, format } = this.options;
    const w = this.#writer;
    if (command === 'validate' || command === 'convert') {
      if (this.#actorCsv) return actorCsvLine(actor, numbers);
      if (w.flat) return w.render({ flat: actorToRow(actor), object: null });
      return w.render({ flat: {}, object: actor, ...(format === 'geojson' ? { feature: actorToFeature(actor) } : {}) });
    }
    const e = extra as Assessment;
    if (command === 'score') return this.renderScore(actor, e);
    const profile = this.options.profile;
    const result = recommendActions({
      actor,
      answers: e.answers,
      figures: e.figures,
      decisionMaker: { kind: this.options.decisionMaker as DecisionMakerId },
      date: this.options.date,
      ...(profile ? { profile } : {}),
    });
    if (format === 'csv' || format === 'table') {
      let text = '';
      for (const a of result.actions) {
        text += w.render({
          flat: {
            id: actor.id,
            name: actor.name,
            rank: String(a.rank),
            actionId: a.actionId,
            leverId: a.leverId,
            priority: a.priority,
            score: String(Math.round(a.score * 10) / 10),
            reasons: a.reasons.map((x) => x.code).join('|'),
            confidence: result.confidence,
          },
          object: null,
        });
      }
      return text;
    }
    return w.render({ flat: {}, object: { id: actor.id, name: actor.name, ...result } });
  }

  /** score's text, from what it reads of an actor (CsvActorFastPath.subject() will do). */
  renderScore(actor: ScoreSubject, e: Assessment): string {
    const w = this.#writer;
    const actorProfile = this.options.profile ?? this.#profiles.of(actor);
    const score = this.#scores.of(actorProfile, e.answers, e.figures);
    const tails = this.#scoreTails;
    if (tails !== null) {
      // the same columns as the flat record below, in the same order (checked by test against the general path)
      let tail = tails.get(score);
      if (tail === undefined) {
        tail = scoreTail(score, actorProfile.id ?? '');
        if (tails.size >= 4096) tails.clear();
        tails.set(score, tail);
      }
      return `${formatCsvField(actor.id)},${formatCsvField(actor.name)},${formatCsvField(actor.type)},${tail}`;
    }
    const flat: Record<string, string> = {
      id: actor.id,
      name: actor.name,
      type: actor.type,
      overall: score.overall === null ? '' : String(Math.round(score.overall * 10) / 10),
      band: score.band ?? '',
      completeness: String(Math.round(score.completeness * 1000) / 1000),
      economics: groupScore(score, 'economics'),
      team: groupScore(score, 'team'),
      ecosystem: groupScore(score, 'ecosystem'),
      strengths: score.strengths.join('|'),
      weaknesses: score.weaknesses.join('|'),
      unanswered: score.unanswered.map((u) => u.criterionId).join('|'),
      profile: actorProfile.id ?? '',
      modelVersion: score.modelVersion,
    };
    return w.render({ flat, object: { id: actor.id, name: actor.name, score } });
  }
}

/** String(lat) and String(lon) of an actor's location, when already at hand (CsvActorFastPath). */
export interface NumberTexts {
  latText: string | undefined;
  lonText: string | undefined;
}

/**
 * The CSV line (with its line break) RecordWriter renders for actorToRow(actor) under ACTOR_COLUMNS,
 * written straight from the actor: one string, no row object. Only free text can need quoting:
 * ids of the catalogues, codes and dates the schema checked never hold a comma, a quote, a line
 * break or an outer space (checked by test against the general path).
 */
export function actorCsvLine(actor: Actor, numbers?: NumberTexts): string {
  const f = formatCsvField;
  const ids = actor.identifiers;
  const address = actor.address;
  const location = actor.location;
  const size = actor.size;
  const provenance = actor.provenance;
  const opt = (x: string | undefined): string => (x === undefined ? '' : f(x));
  const plain = (x: string | undefined): string => (x === undefined ? '' : x);
  const list = (x: readonly string[]): string => (x.length === 0 ? '' : x.length === 1 ? (x[0] as string) : x.join('|'));
  const where = location === undefined ? ',,' : `${numbers?.latText ?? String(location.lat)},${numbers?.lonText ?? String(location.lon)},${location.precision}`;
  return (
    `${f(actor.id)},${f(actor.name)},${actor.type},${plain(actor.legalCategory)},${plain(ids.siren)},${plain(ids.siret)},${plain(ids.rna)},` +
    `${address === undefined ? ',,' : `${opt(address.line)},${plain(address.postcode)},${opt(address.city)}`},${plain(actor.communeCode)},${plain(actor.epciCode)},${plain(actor.departementCode)},${plain(actor.regionCode)},` +
    `${where},${list(actor.activities)},${list(actor.needs)},${plain(actor.naf)},` +
    `${size === undefined ? ',' : `${plain(size.employees)},${plain(size.budget)}`},${actor.creationYear === undefined ? '' : String(actor.creationYear)},${list(actor.approvals)},${actor.zones.length === 0 ? '' : f(actorToRow(actor).zones)},${list(actor.assets)},` +
    `${opt(actor.website)},${opt(actor.description)},${f(provenance.source)},${provenance.checkedAt ?? ''},${opt(provenance.url)}\n`
  );
}

/** The score columns after id, name and type (overall … modelVersion), with the line break. */
function scoreTail(score: PerenniteScore, profileId: string): string {
  const values = [
    score.overall === null ? '' : String(Math.round(score.overall * 10) / 10),
    score.band ?? '',
    String(Math.round(score.completeness * 1000) / 1000),
    groupScore(score, 'economics'),
    groupScore(score, 'team'),
    groupScore(score, 'ecosystem'),
    score.strengths.join('|'),
    score.weaknesses.join('|'),
    score.unanswered.map((u) => u.criterionId).join('|'),
    profileId,
    score.modelVersion,
  ];
  return `${values.map((v) => formatCsvField(v)).join(',')}\n`;
}

/** The weight profile of each actor's context on the run's date (core's one rule, weightProfileOfActor, which keeps them by context). */
export class ProfileCache {
  constructor(private date: string) {}
  of(actor: Pick<Actor, 'zones' | 'activities' | 'needs'>): WeightProfile {
    return weightProfileOfActor(actor, this.date);
  }
}

/**
 * scorePerennite is pure: records with the same profile, answers and figures (in a register extract
 * without answers, nearly all of them) share one computation and one result object, which is only
 * read. Bounded: forgets everything past 4096 distinct inputs.
 */
export class ScoreMemo {
  #cache = new Map<WeightProfile, Map<string, PerenniteScore>>();
  #size = 0;
  constructor(private date: string) {}
  #last: { profile: WeightProfile; answers: Record<string, unknown>; figures: Figures | undefined; score: PerenniteScore } | null = null;
  of(profile: WeightProfile, answers: Record<string, unknown>, figures: Figures | undefined): PerenniteScore {
    // the same objects as the record before (a register without answers: one assessment for all)
    const last = this.#last;
    if (last !== null && last.profile === profile && last.answers === answers && last.figures === figures) return last.score;
    const score = this.#of(profile, answers, figures);
    this.#last = { profile, answers, figures, score };
    return score;
  }

  #of(profile: WeightProfile, answers: Record<string, unknown>, figures: Figures | undefined): PerenniteScore {
    const key = `${JSON.stringify(answers)}\u0000${figures ? JSON.stringify(figures) : ''}`;
    let byInput = this.#cache.get(profile);
    let score = byInput?.get(key);
    if (score === undefined) {
      score = scorePerennite(profile, answers, { date: this.date, ...(figures ? { figures } : {}) });
      if (this.#size >= 4096) {
        this.#cache.clear();
        this.#size = 0;
        byInput = undefined;
      }
      if (byInput === undefined) this.#cache.set(profile, (byInput = new Map()));
      byInput.set(key, score);
      this.#size += 1;
    }
    return score;
  }
}

function groupScore(score: { groups: Record<string, { score: number | null }> }, id: string): string {
  const g = score.groups[id];
  return g && g.score !== null ? String(Math.round(g.score * 10) / 10) : '';
}

export type Assessment = { answers: Record<string, unknown>; figures?: Figures };

/** Answers and figures carried by a record: JSON keys `answers`/`figures`, or columns `answers.<criterion>`, `figures.<path>`. */
export function assessmentOf(r: ReadResult): Assessment | { issues: ReadIssue[] } {
  const raw = (r.raw ?? {}) as Record<string, unknown>;
  const issues: ReadIssue[] = [];
  let answersIn: Record<string, unknown> = {};
  let figuresIn: Record<string, unknown> | undefined;
  const fromJson = (key: string, value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      issues.push(makeFormatIssue(r.index, 'invalid_json', value.slice(0, 200)));
      return undefined;
    }
    void key;
  };
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (value === undefined || value === '') continue;
    const k = key.trim();
    if (k === 'answers' || k === 'reponses') {
      const v = fromJson(k, value);
      if (v && typeof v === 'object') answersIn = { ...answersIn, ...(v as Record<string, unknown>) };
    } else if (k === 'figures' || k === 'chiffres') {
      const v = fromJson(k, value);
      if (v && typeof v === 'object') figuresIn = { ...(figuresIn ?? {}), ...(v as Record<string, unknown>) };
    } else if (/^(answers?|reponses?)\./.test(k)) {
      answersIn[k.slice(k.indexOf('.') + 1)] = typeof value === 'string' ? value.trim() : value;
    } else if (/^(figures|chiffres)\./.test(k)) {
      figuresIn ??= {};
      setPath(figuresIn, k.slice(k.indexOf('.') + 1).split('.'), typeof value === 'string' ? parseDecimal(value) : value);
    }
  }
  // Only criterion ids are answers; "answers.x" with another x is reported by parseAnswers.
  const a = parseAnswers(answersIn);
  for (const i of a.issues) issues.push({ index: r.index, path: i.path, code: 'invalid_value', value: i.value, message: i.message } as ReadIssue);
  let figures: Figures | undefined;
  if (figuresIn) {
    const f = Figures.safeParse(figuresIn);
    if (f.success) figures = f.data;
    else
      for (const zi of f.error.issues) {
        const path = `figures.${zi.path.map(String).join('.')}`;
        const value = zi.path.reduce<unknown>((x, p) => (x && typeof x === 'object' ? (x as Record<string | number, unknown>)[p as string] : undefined), figuresIn);
        issues.push(makeFormatIssue(r.index, 'invalid_figures', value, { path }));
      }
  }
  if (issues.length > 0) return { issues };
  return figures ? { answers: a.answers, figures } : { answers: a.answers };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let t = target;
  for (let i = 0; i < path.length - 1; i += 1) {
    const k = path[i] as string;
    if (typeof t[k] !== 'object' || t[k] === null) t[k] = {};
    t = t[k] as Record<string, unknown>;
  }
  t[path[path.length - 1] as string] = value;
}

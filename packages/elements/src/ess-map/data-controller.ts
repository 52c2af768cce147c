// The data of one <ess-map>: which input to read (the element's attributes, or an inline JSON child
// that may arrive late), loading it (core validates, in a chunk fetched with the data) when the
// element connects and when an input changes, the latest load winning, and the state the component
// renders from. Lit-free apart from the ReactiveController contract; every `import()` goes through a
// LazyController.
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Actor, Partnership, RecordIssue } from '@terreau/core';
import { LazyController } from '../internal/lazy-controller.js';
import { loadDataset, validatorLoader, type LoadDatasetOptions, type DatasetOrigin, type LoadFailure, type LoadedDataset, type LoadOutcome, type SourceProgress } from '../internal/load-data.js';

export type DataStatus = 'loading' | 'ready' | 'error';

/** What the component gives at each load. */
export interface DataInputs {
  host: Element;
  src: string | undefined;
  actors: unknown[] | undefined;
  partnerships: unknown[] | undefined;
  timeout: number;
  /** Most bytes of `src` read (the `max-bytes` attribute). */
  maxBytes?: number | undefined;
  /** Column mapping of the `columns` attribute. */
  columns?: string | undefined;
  /** The `include-closed` attribute: keep SIRENE units marked closed. */
  includeClosed?: boolean | undefined;
  /** The `zone-lists` attribute (official zoning lists). */
  zoneLists?: string | undefined;
  /** A live source (`source="annuaire-entreprises"`) and the territory it is read for. */
  source?: LoadDatasetOptions['source'];
}

/** The element's attributes and properties that say what to read. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly src: string | undefined;
  readonly source: string | undefined;
  readonly sourceUrl: string | undefined;
  readonly sourceMaxResults: number | undefined;
  readonly actors: unknown[] | undefined;
  readonly partnerships: unknown[] | undefined;
  readonly columns: string | undefined;
  readonly zoneLists: string | undefined;
  readonly includeClosed: boolean;
  readonly timeout: number;
  readonly maxBytes: number;
  readonly commune: string | undefined;
  readonly epci: string | undefined;
}

/** The properties whose change may mean other data (loaded again when the inputs really differ). */
const INPUT_KEYS = ['src', 'actors', 'partnerships', 'columns', 'includeClosed', 'zoneLists', 'source', 'sourceUrl', 'sourceMaxResults', 'commune', 'epci'];

/** What the element's attributes ask to read. */
function inputsOf(host: DataHost): DataInputs {
  const { src, actors, partnerships, timeout, maxBytes, columns, includeClosed, zoneLists } = host;
  const territory = sourceTerritory(host);
  return { host, src, actors, partnerships, timeout, maxBytes, columns, includeClosed, zoneLists, source: territory ? { territory, baseUrl: host.sourceUrl, maxResults: sourceLimit(host.sourceMaxResults) } : undefined };
}

/** `source-max-results` when it is a whole number from 1 to 10 000; else the API's own cap. */
function sourceLimit(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 10000 ? n : undefined;
}

/** The territory a live source is read for: only with a source named, and a commune or EPCI. */
function sourceTerritory(host: DataHost): { level: 'commune' | 'epci'; code: string } | null {
  if (host.source !== 'annuaire-entreprises') return null;
  if (host.commune) return { level: 'commune', code: host.commune };
  return host.epci ? { level: 'epci', code: host.epci } : null;
}

/** Does this light-DOM mutation touch a `<script>` child (added, removed, or its text changed)? */
function isScriptMutation(record: MutationRecord): boolean {
  const isScript = (n: Node | null): boolean => n instanceof Element && n.localName === 'script';
  if (isScript(record.target) || isScript(record.target.parentNode)) return true;
  return [...record.addedNodes, ...record.removedNodes].some(isScript);
}

/** Which input the element reads: the property, an inline JSON child, `src`, else the embedded case studies. */
export function originOf(inputs: DataInputs): DatasetOrigin {
  if (inputs.actors !== undefined) return 'property';
  if (inputs.host.querySelector(':scope > script[type]') !== null) return 'inline';
  if (inputs.src) return 'src';
  if (inputs.source) return 'source';
  return 'default';
}

export class MapDataController implements ReactiveController {
  status: DataStatus = 'loading';
  failure: LoadFailure | null = null;
  actors: Actor[] = [];
  partnerships: Partnership[] = [];
  issues: RecordIssue[] = [];
  /** A live source's progress while it is read (null otherwise). */
  progress: SourceProgress | null = null;
  /** A live source read only in part (capped by the API, or stopped early): said beside the data. */
  notice: LoadedDataset['notice'] | null = null;
  /** What each official zoning list gave (empty without the `zone-lists` attribute). */
  zoneLists: NonNullable<LoadedDataset['zoneLists']> = [];
  /** Actor id → index in `actors`. */
  byId = new Map<string, number>();
  /** Bumped at each change of the data (not of the status alone): the component derives from it. */
  version = 0;
  /**
   * The validation chunk: asked for at the start of a load, alongside the data's own request (the
   * build has the chunks it imports — core's fast path and CSV reader — requested with it; zod comes
   * later, through fullValidator, only when a record needs it).
   */
  readonly validator: LazyController<typeof import('../internal/validate-data.js')>;
  /** The full path of the validation (zod, core's schemas and error texts): only when a record needs it. */
  readonly fullValidator: LazyController<typeof import('../internal/validate-full.js')>;
  /** The embedded case studies, for a map given no data. */
  readonly defaultData: LazyController<unknown>;
  /** proj4's core with Lambert-93 and UTM, for a file with projected coordinates (geolocated SIRENE). */
  readonly projection: LazyController<typeof import('../internal/project-coordinates.js')>;
  /** The official zoning lists' chunk (reader and words), for a map given `zone-lists`. */
  readonly zoneListsChunk: LazyController<typeof import('../internal/zone-lists.js')>;
  /** The live source's chunk (core's fetch loop), for a map that names a source. */
  readonly sourceChunk: LazyController<typeof import('../internal/sources/annuaire-entreprises.js')>;

  private inputs: [unknown, unknown, unknown, unknown, string, unknown, boolean] | null = null;
  private abort: AbortController | null = null;
  private token = 0;
  private reloadPending = false;
  /** Watches the light DOM for an inline `<script type="application/json">` that arrives late. */
  private childObserver: MutationObserver | null = null;

  constructor(
    private readonly host: DataHost,
    private readonly onLoaded: (outcome: LoadOutcome) => void,
  ) {
    host.addController(this);
    // Through validatorLoader, so a test can still make the chunk fail.
    this.validator = new LazyController(host, { load: () => validatorLoader.load() });
    // Its import() is in the validation chunk (see validate-data.ts' fullValidatorLoader).
    this.fullValidator = new LazyController(host, { load: () => validatorLoader.load().then((m) => m.fullValidatorLoader.load()) });
    this.defaultData = new LazyController(host, { load: () => import('@terreau/core/default-dataset').then((m) => m.defaultDataset) });
    this.sourceChunk = new LazyController(host, { load: () => import('../internal/sources/annuaire-entreprises.js') });
    this.zoneListsChunk = new LazyController(host, { load: () => import('../internal/zone-lists.js') });
    this.projection = new LazyController(host, { load: () => import('../internal/project-coordinates.js') });
  }

  hostConnected(): void {
    const host = this.host;
    this.childObserver ??= new MutationObserver((records) => {
      if (records.some((r) => isScriptMutation(r))) this.scheduleReload();
    });
    this.childObserver.observe(host, { childList: true, subtree: true, characterData: true });
    // Upgraded while the parser is still reading the page (the bundle loaded early, or from cache):
    // an inline JSON child may not be parsed yet, so showing the demo data now would be wrong.
    if (originOf(inputsOf(host)) === 'default' && host.ownerDocument.readyState === 'loading') this.scheduleReload();
    else void this.reload();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.childObserver?.disconnect();
  }

  /**
   * Before the element renders: loads again when an input really changed. Not only after the first
   * update: `actors` set on the element before its definition loaded is restored by Lit during the
   * first update, after the connection already loaded without it.
   */
  willUpdate(changed: PropertyValues): void {
    if (INPUT_KEYS.some((k) => changed.has(k)) && this.changed(inputsOf(this.host))) void this.reload();
  }

  /** (Re)loads from whichever input the element gives now; any failure ends in the error state. */
  reload(): Promise<void> {
    return this.load(inputsOf(this.host));
  }

  /** Loads again once the page is parsed (or at once), however many mutations asked for it. */
  private scheduleReload(): void {
    if (this.reloadPending) return;
    this.reloadPending = true;
    const run = (): void => {
      this.reloadPending = false;
      // The `actors` property wins over an inline child: nothing to do then.
      if (this.host.isConnected && (this.host.actors === undefined || !this.started)) void this.reload();
    };
    const doc = this.host.ownerDocument;
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', run, { once: true });
    else queueMicrotask(run);
  }

  /** True when src/actors/partnerships/columns/source/zone lists/include-closed differ from those of the latest load (a real change, not a replay). */
  changed(inputs: DataInputs): boolean {
    const last = this.inputs;
    return (
      last === null ||
      last[0] !== inputs.src ||
      last[1] !== inputs.actors ||
      last[2] !== inputs.partnerships ||
      last[3] !== inputs.columns ||
      last[4] !== JSON.stringify(inputs.source ?? null) ||
      last[5] !== inputs.zoneLists ||
      last[6] !== (inputs.includeClosed === true)
    );
  }

  /** True once a load has been started (the inline child may still arrive later). */
  get started(): boolean {
    return this.inputs !== null;
  }

  /** (Re)loads from whichever input is given; any failure ends in the error state. The latest call wins. */
  async load(inputs: DataInputs): Promise<void> {
    this.inputs = [inputs.src, inputs.actors, inputs.partnerships, inputs.columns, JSON.stringify(inputs.source ?? null), inputs.zoneLists, inputs.includeClosed === true];
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const token = ++this.token;
    this.status = 'loading';
    this.failure = null;
    this.progress = null;
    this.notice = null;
    this.zoneLists = [];
    this.host.requestUpdate();
    const origin = originOf(inputs);
    let result: LoadOutcome;
    try {
      result = await loadDataset(origin, {
        host: inputs.host,
        src: inputs.src,
        actors: inputs.actors,
        partnerships: inputs.partnerships,
        timeout: inputs.timeout,
        ...(inputs.maxBytes !== undefined ? { maxBytes: inputs.maxBytes } : {}),
        columns: inputs.columns,
        ...(inputs.includeClosed ? { includeClosed: true } : {}),
        zoneLists: inputs.zoneLists,
        source: inputs.source,
        signal: abort.signal,
        loadValidator: () => this.validator.load(),
        loadFullValidator: () => this.fullValidator.load(),
        loadDefaultDataset: () => this.defaultData.load(),
        loadSource: () => this.sourceChunk.load(),
        loadZoneLists: () => this.zoneListsChunk.load(),
        loadProjection: () => this.projection.load(),
        onSourceProgress: (p) => {
          if (token !== this.token) return;
          this.progress = p;
          this.host.requestUpdate();
        },
      });
    } catch {
      // loadDataset does not throw; this guards against the unexpected all the same.
      result = { failure: { kind: 'network' } };
    }
    // One turn of the event loop before the render: what arrived meanwhile (the territory's contour)
    // is read first, so the first frame with data can draw the map fitted to it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (token !== this.token) return;
    this.progress = null;
    if ('failure' in result) {
      this.status = 'error';
      this.failure = result.failure;
      this.set([], [], []);
    } else {
      this.status = 'ready';
      this.notice = result.notice ?? null;
      this.zoneLists = result.zoneLists ?? [];
      this.set(result.actors, result.partnerships, result.issues);
    }
    this.onLoaded(result);
  }

  private set(actors: Actor[], partnerships: Partnership[], issues: RecordIssue[]): void {
    this.actors = actors;
    this.partnerships = partnerships;
    this.issues = issues;
    this.byId = new Map(actors.map((a, i) => [a.id, i]));
    this.version++;
    this.host.requestUpdate();
  }
}

export type { LoadedDataset };

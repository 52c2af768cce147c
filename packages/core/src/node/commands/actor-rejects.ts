// The rejects file of the commands on a file of actors: one CSV line per fault of a record set
// aside (row, line, id, the column as the file spells it, value, code, reason in the run's language).
import { basename, dirname, extname, join } from 'node:path';
import { formatCsvLine } from '../../formats/parse-csv-text.js';
import type { ReadIssue } from '../read-actors.js';
import type { CliLang } from '../messages.js';

/** A record set aside, as the rejects file says it. */
export interface RejectedRecord {
  index: number;
  line?: number;
  issues: readonly ReadIssue[];
  id?: string;
}

/** The rejects file beside --out, else beside the input, else `terreau.rejects.csv` here. */
export function defaultRejectsPath(out: string | undefined, file: string): string {
  const base = out !== undefined && out !== '-' ? out : file !== '-' ? file : 'terreau';
  const dir = out !== undefined && out !== '-' ? dirname(out) : file !== '-' ? dirname(file) : '.';
  return join(dir, `${basename(base, extname(base))}.rejects.csv`);
}

/** The lines of a record set aside (`headerMap`: field → the input's column for it). */
export function rejectLines(result: RejectedRecord, headerMap: Map<string, string>, lang: CliLang): string {
  let lines = '';
  for (const issue of result.issues) {
    const id = 'id' in issue && typeof issue.id === 'string' ? issue.id : (result.id ?? '');
    lines += `${formatCsvLine([String(result.index + 1), result.line !== undefined ? String(result.line) : '', id, columnOfPath(issue.path, headerMap), showValue(issue.value), issue.code, issue.message[lang]])}\n`;
  }
  return lines;
}

/** The column of the input a validation path points at (the header as the file spells it). */
const PATH_FIELDS: Record<string, string[]> = {
  'identifiers.siren': ['siren'],
  'identifiers.siret': ['siret'],
  'identifiers.rna': ['rna'],
  'location.lat': ['lat'],
  'location.lon': ['lon'],
  'location.precision': ['precision'],
  'address.line': ['address'],
  'address.postcode': ['postcode'],
  'address.city': ['city'],
  'size.employees': ['employees', 'sireneEmployees'],
  'size.budget': ['budget'],
  'provenance.source': ['source'],
  'provenance.checkedAt': ['checkedAt', 'sireneChecked'],
  'provenance.url': ['sourceUrl'],
  creationYear: ['creationYear', 'sireneCreation'],
  name: ['name', 'sireneName2', 'sireneLastName'],
  type: ['type', 'legalCategory'],
};
function columnOfPath(path: string, headerMap: Map<string, string>): string {
  if (headerMap.size === 0) return path;
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  const key = parts.join('.');
  for (const f of PATH_FIELDS[key] ?? [parts[0] ?? key]) {
    const h = headerMap.get(f);
    if (h !== undefined) return h;
  }
  return path;
}

function showValue(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? String(v);
}

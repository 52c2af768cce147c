// English text of the `terreau` command and of file reading. Same shape as the French module.
import type { CliMessages } from './fr.js';

export const cliEn: CliMessages = {
  formatIssues: {
    invalid_json: 'Unreadable JSON: {value}.',
    not_an_object: 'The record is not a JSON object: {value}.',
    not_a_feature: 'The element is not a GeoJSON Feature.',
    unsupported_geometry: 'Geometry {value} is not supported: only a Point locates an actor.',
    no_records: 'No record was read.',
    unknown_legal_category: 'Legal category missing or unknown: {value}.',
    invalid_answers: 'Invalid answer: {value}.',
    invalid_figures: 'Invalid financial figures ({path}): {value}.',
    record_too_large: 'Record larger than {limit} bytes: set aside without being read (limit: --max-record-size).',
    too_deep: 'JSON value nested more than {limit} levels deep: set aside without being read.',
    trailing_content: 'Text after the end of the JSON document, line {line} (offset {offset}): one array or object is expected; the rest is not read.',
  },
  contentRefused: 'This file is not {expected}: it holds {found}. {hint}',
  contentKinds: {
    json: 'JSON',
    text: 'text that is not JSON (CSV?)',
    gzip: 'a gzip archive',
    zip: 'a zip archive (an xlsx or ods workbook?)',
    pdf: 'a PDF document',
    parquet: 'a Parquet file',
    html: 'an HTML page',
    xml: 'XML',
  },
  contentHints: {
    json: 'Give it a .json extension or --from json.',
    text: 'Give it a .csv extension or --from csv.',
    gzip: 'Decompress it first.',
    zip: 'Save the workbook as CSV.',
    pdf: 'Export the data as CSV.',
    parquet: 'Read it with the sirene command or export it as CSV.',
    html: 'An error page saved in place of the data?',
    xml: 'Export the data as CSV or JSON.',
  },
  encodingUtf16: 'File in {encoding} (Excel "Unicode text"): decoded.',
  help: `terreau — validate, classify, score and summarise files of ESS actors

Usage: terreau <command> FILE [options]        (FILE "-" reads standard input)

Commands:
  validate FILE    checks every record; valid ones to stdout (or --out), rejected ones to a file
                   (row, field, value, reason)
  classify FILE    actor type from the legal category and the ESS flag (SIRENE columns)
  score FILE       pérennité score of records carrying answers and/or figures
  recommend FILE   actions recommended to a decision-maker (--decision-maker)
  diagnose FILE    shared diagnosis of a territory: --commune, --epci, --departement or --region CODE
  convert FILE     converts between csv, json, ndjson and geojson (--to)

Options:
  --out FILE            write the result to FILE instead of standard output
  --rejects FILE        rejects file (default: <output or input>.rejects.csv)
  --format F            output: csv, json, ndjson, geojson, table (default csv; table for diagnose)
  --to F                output format of convert (same as --format)
  --from F              input format: csv, json, ndjson, geojson (default: extension or content)
  --delimiter D         CSV input delimiter: , ; tab (default: detected)
  --encoding E          utf-8 or windows-1252 (default: detected)
  --source TEXT         provenance of records that have none (default: the file's name)
  --checked-at YYYY-MM-DD  verification date of records that have none (default: unknown)
  --map FIELD=COLUMN,…  columns to read for each field (name=DENOMINATION_SOCIALE,type=MESURE),
                        or constants (type='geiq'), or a mapping file (--map @file)
  --geo                 derives the commune (postcode + city), EPCI, département and région (COG)
  --include-closed      keeps units and establishments closed in Sirene (state C or F; set aside by default)
  --zones [Z:]FILE      official commune list of a zoning (ANCT: QPV, ZRR, FRR), repeatable
  --decision-maker K    commune, epci, departement, region, service-etat, caf, bailleur-social
  --date YYYY-MM-DD     date of the assessment (zonings, legal parameters); default today
  --weights FILE        weight profile (JSON) for score
  --lang fr|en          language of messages (default fr)
  --max-record-size S   largest record (default: 1M; 512k, 4M…): a larger one is set aside
  --jobs N              threads that validate, score and recommend (default: 2, or 1 on one core;
                        at most the machine's cores)
  --quiet               no summary on standard error
  --help                this help

--out and the rejects file are written under a temporary name (same directory) and renamed only at
the end: a failed or interrupted run leaves no half-written file under those names.

Exit codes: 0 all valid · 1 some records rejected · 2 bad usage, unreadable input or failed write
(disk full…) · 130 interrupted (Ctrl-C), partial summary written. Output closed by its reader
("| head"): stops, 0 or 1 by the records read.`,
  summary: '{in} records read = {out} valid + {rejected} rejected.',
  summaryMerged: '{in} records read = {out} valid + {rejected} rejected + {merged} merged (other conventions of one SIRET, joined to the actor of its first row).',
  conventionsNotMerged:
    '{count} records repeat the id of an actor already written and are rejected (duplicate_id): if they are other conventions of one SIRET, they cannot be joined to output already sent; read a file and write to a file (--out FILE) to merge them.',
  summaryClassified: '{in} records read = {out} classified + {rejected} rejected ({unknown} without a type).',
  interrupted: 'Interrupted: partial summary; nothing is written under the names of --out and of the rejects (temporary files removed); standard output ends with a complete line.',
  rejectsWritten: 'Rejects written to {path}.',
  zonesRead: 'Zoning {zonings}: {rows} rows read from {path} ({skipped} set aside).',
  zonesPartly: '{partly} of them are communes only partly in the zone ({zonings}): the list does not say which part, so their actors are not put in it.',
  warningsSummary: 'Warnings (records kept): {list}.',
  columnsRecognised: 'Columns recognised: {list}.',
  columnsIgnored: 'Columns ignored: {list}.',
  columnsMissing: 'Columns of --map missing from the file: {list}.',
  encodingDetected: 'Encoding detected: {encoding}.',
  progress: '{rows} rows · {rate} rows/s · {percent} % · {eta} left',
  errors: {
    badDate: 'Invalid date for --{option}: "{value}" (expected a calendar day, YYYY-MM-DD).',
    outputIsInput: '--{option} "{path}" is the input file "{input}" (the same file, links included): it would be overwritten. Nothing was written; choose another name.',
    outputsSame: '--{option} "{path}" and --{other} name the same file. Nothing was written; choose two names.',
    writeFailed: 'Write to "{path}" failed: {code} ({reason}), after {records} record(s) written. Nothing is left under that name (the temporary file is removed).',
    writeFailedStdout: 'Write to standard output failed: {code} ({reason}), after {records} record(s) written; what was written stays there.',
    jobsCapped: '--jobs {asked} lowered to {jobs}: this machine has {jobs} core(s).',
    unknownCommand: 'Unknown command: "{value}". Run "terreau --help".',
    missingCommand: 'Missing command. Run "terreau --help".',
    missingFile: 'Missing input file (give a path, or "-" for standard input).',
    badOption: 'Invalid option: {value}.',
    badValue: 'Invalid value for --{option}: "{value}" (expected: {expected}).',
    unreadable: 'Cannot read "{path}": {reason}.',
    zoneList: 'Zoning list “{path}” not recognised: no commune code or zoning column (columns: {columns}). Prefix the zoning: --zones frr:{path}.',
    badMapping: 'Invalid column mapping: “{value}” (unknown field, or not of the form field=COLUMN).',
    unwritable: 'Cannot write "{path}": {reason}.',
    missingTerritory: 'diagnose needs --commune, --epci, --departement or --region CODE.',
    unknownTerritory: 'Unknown territory: {value}.',
    weights: 'Invalid weight profile in "{path}": {reason}.',
    unavailable: 'This command is not available in this version yet.',
  },
  errnoReasons: {
    ENOSPC: 'disk full',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOENT: 'no such directory',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory',
    EIO: 'input/output error',
    EPIPE: 'pipe closed by its reader',
    other: 'system error',
  },
  readerClosed: 'Output closed by its reader (EPIPE, e.g. "| head"): stopped after {in} records read; the rejects of those records are all written.',
  rejectColumns: { row: 'row', line: 'line', id: 'id', field: 'field', value: 'value', code: 'code', reason: 'reason' },
  diagnose: {
    title: 'Shared diagnosis — {territory}',
    actors: 'Actors of the territory: {count}',
    facets: 'Breakdown',
    needs: 'Needs covered',
    uncovered: 'Needs with no actor',
    unknownNeeds: 'Unknown ({share} % of the actors say nothing of their needs): {list}',
    inferredNeeds: 'Of which inferred from type, approvals or NAF code (Terreau’s reading, not declared)',
    duplicates: 'Likely duplicates',
    assets: 'Assets brought',
    missingAssets: 'Missing assets',
    none: 'none',
  },
};

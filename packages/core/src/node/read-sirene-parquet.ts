// Reads INSEE's SIRENE stock files as published in Parquet — StockUniteLegale, StockEtablissement
// and, optionally, the geolocated file (GeolocalisationEtablissement_Sirene_pour_etudes_statistiques)
// — with their official column names, through DuckDB (the optional dependency @duckdb/node-api,
// loaded only here). One row per establishment joined to its legal unit on `siren`; the filters
// are applied inside the engine before the join (ESS flag on the units, territory and open state
// on the establishments), so a whole-France run holds only the ESS units in memory, not 40 M rows.
// Rows come out in batches, keyed by official column names that actorFromRow reads.
import { existsSync } from 'node:fs';

export interface SireneParquetFiles {
  unites: string;
  etablissements: string;
  geo?: string;
}

export interface ReadSireneParquetOptions {
  files: SireneParquetFiles;
  /** Keep only establishments in these communes (INSEE codes, arrondissements included); default all. */
  communes?: readonly string[] | null;
  /** Only units flagged ESS (economieSocialeSolidaireUniteLegale = 'O'); default true. */
  essOnly?: boolean;
  /** Keep closed establishments (etatAdministratifEtablissement = 'F'); default false. */
  includeClosed?: boolean;
  /** DuckDB threads and memory limit (default 2 and "2GB"). */
  threads?: number;
  memoryLimit?: string;
}

export class SireneParquetError extends Error {
  constructor(
    readonly code: 'no_engine' | 'missing_file' | 'missing_column',
    readonly path: string,
    readonly column = '',
  ) {
    super(`${code} ${path} ${column}`.trim());
  }
}

/** The official columns read from each file (the geolocated file's are optional as a file). */
export const SIRENE_PARQUET_COLUMNS = {
  unites: [
    'siren',
    'denominationUniteLegale',
    'categorieJuridiqueUniteLegale',
    'economieSocialeSolidaireUniteLegale',
    'activitePrincipaleUniteLegale',
    'dateCreationUniteLegale',
    'identifiantAssociationUniteLegale',
  ],
  etablissements: [
    'siren',
    'siret',
    'etatAdministratifEtablissement',
    'codeCommuneEtablissement',
    'codePostalEtablissement',
    'libelleCommuneEtablissement',
    'numeroVoieEtablissement',
    'typeVoieEtablissement',
    'libelleVoieEtablissement',
    'enseigne1Etablissement',
    'activitePrincipaleEtablissement',
    'trancheEffectifsEtablissement',
    'dateDernierTraitementEtablissement',
  ],
  geo: ['siret', 'y_latitude', 'x_longitude'],
} as const;

const quote = (path: string): string => `'${path.replace(/'/g, "''")}'`;

type DuckDb = typeof import('@duckdb/node-api');

async function loadEngine(): Promise<DuckDb> {
  try {
    return await import('@duckdb/node-api');
  } catch {
    throw new SireneParquetError('no_engine', '@duckdb/node-api');
  }
}

/** Rows (official column names, plus `latitude`/`longitude` from the geolocated file) in batches of ≈ 2 048. */
export async function* readSireneParquet(options: ReadSireneParquetOptions): AsyncGenerator<Record<string, unknown>[]> {
  const { files } = options;
  for (const path of [files.unites, files.etablissements, ...(files.geo ? [files.geo] : [])]) {
    if (!existsSync(path)) throw new SireneParquetError('missing_file', path);
  }
  const duckdb = await loadEngine();
  const instance = await duckdb.DuckDBInstance.create(':memory:', {
    threads: String(options.threads ?? 2),
    memory_limit: options.memoryLimit ?? '2GB',
    preserve_insertion_order: 'false',
  });
  const c = await instance.connect();
  try {
    // Every official column named above must be there: say which one is missing, and where.
    const check = async (path: string, columns: readonly string[]) => {
      const reader = await c.runAndReadAll(`SELECT name FROM parquet_schema(${quote(path)})`);
      const have = new Set(reader.getRows().map((r) => String(r[0])));
      for (const col of columns) if (!have.has(col)) throw new SireneParquetError('missing_column', path, col);
    };
    await check(files.unites, SIRENE_PARQUET_COLUMNS.unites);
    await check(files.etablissements, SIRENE_PARQUET_COLUMNS.etablissements);
    if (files.geo) await check(files.geo, SIRENE_PARQUET_COLUMNS.geo);

    const unitFilter = options.essOnly === false ? '' : `WHERE economieSocialeSolidaireUniteLegale = 'O'`;
    const where: string[] = [];
    if (!options.includeClosed) where.push(`etatAdministratifEtablissement = 'A'`);
    if (options.communes) {
      const codes = options.communes.filter((code) => /^[0-9][0-9AB][0-9]{3}$/.test(code));
      where.push(codes.length > 0 ? `codeCommuneEtablissement IN (${codes.map((code) => `'${code}'`).join(', ')})` : 'FALSE');
    }
    const sql = `
      WITH u AS (SELECT ${SIRENE_PARQUET_COLUMNS.unites.join(', ')} FROM read_parquet(${quote(files.unites)}) ${unitFilter}),
           e AS (SELECT ${SIRENE_PARQUET_COLUMNS.etablissements.join(', ')} FROM read_parquet(${quote(files.etablissements)})
                 ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''})
      SELECT e.siret, e.siren, u.denominationUniteLegale, e.enseigne1Etablissement, u.categorieJuridiqueUniteLegale,
             u.economieSocialeSolidaireUniteLegale, u.activitePrincipaleUniteLegale, u.dateCreationUniteLegale,
             u.identifiantAssociationUniteLegale, e.trancheEffectifsEtablissement, e.codeCommuneEtablissement,
             e.codePostalEtablissement, e.libelleCommuneEtablissement,
             NULLIF(concat_ws(' ', e.numeroVoieEtablissement, e.typeVoieEtablissement, e.libelleVoieEtablissement), '') AS address,
             e.dateDernierTraitementEtablissement
             ${files.geo ? ', g.y_latitude AS latitude, g.x_longitude AS longitude' : ''}
      FROM e JOIN u ON e.siren = u.siren
      ${files.geo ? `LEFT JOIN (SELECT siret, y_latitude, x_longitude FROM read_parquet(${quote(files.geo)})) g ON g.siret = e.siret` : ''}`;
    const result = await c.stream(sql);
    for await (const rows of result.yieldRowObjectJs()) yield rows as Record<string, unknown>[];
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

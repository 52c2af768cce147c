// French messages: errors. The English file (../en/errors.ts) has the same shape, checked by the type.
// Templates use {placeholders} filled by formatIssue (i18n/format-issue.ts): {field} is the field's
// label and path, {value} the bad value as given (quoted, truncated, control characters removed).
import type { IssueCode } from '../../schema/record-issue.js';

export const errorsFr = {
  /** Names the record itself when the fault is not in one field. */
  record: 'L’enregistrement',
  /** Names the input as a whole (index -1). */
  input: 'Les données reçues',
  /** {label} ({path}) */
  field: '{label} ({path})',
  /** Shown instead of a value that is missing. */
  missingValue: '(absent)',
  /** Shown instead of an empty text. */
  emptyValue: '(texte vide)',
  /** Wraps a text value. */
  quoted: '«\u00a0{value}\u00a0»',
  /** Ends a list of allowed values cut short. */
  moreValues: '… et {count} autres',
  listSeparator: ', ',
  /** One message per issue code. */
  codes: {
    invalid_type: '{field}\u00a0: {value} n’a pas le type attendu ({expected}).',
    too_small: '{field}\u00a0: {value} est trop petit (minimum {minimum}).',
    too_big: '{field}\u00a0: {value} est trop grand (maximum {maximum}).',
    invalid_value: '{field}\u00a0: {value} ne fait pas partie des valeurs admises ({allowed}).',
    invalid_format: '{field}\u00a0: {value} n’a pas le format attendu.',
    unrecognized_keys: '{field}\u00a0: champs inconnus, non repris\u00a0: {keys}.',
    invalid_union: '{field}\u00a0: {value} ne correspond à aucune des formes admises.',
    invalid_key: '{field}\u00a0: la clé {value} n’est pas admise.',
    invalid_element: '{field}\u00a0: l’élément {value} n’est pas admis.',
    not_multiple_of: '{field}\u00a0: {value} doit être un multiple de {divisor}.',
    custom: '{field}\u00a0: la valeur {value} n’est pas admise.',
    required: '{field} est obligatoire mais manque.',
    invalid_siren:
      '{field}\u00a0: {value} n’est pas un SIREN valide (9 chiffres, le dernier étant une clé de contrôle).',
    invalid_siret:
      '{field}\u00a0: {value} n’est pas un SIRET valide (14 chiffres, le SIREN suivi du numéro d’établissement, avec une clé de contrôle).',
    invalid_rna: '{field}\u00a0: {value} n’est pas un numéro RNA valide (la lettre W suivie de 9 caractères, par exemple W751234567).',
    invalid_commune_code:
      '{field}\u00a0: {value} n’est pas un code commune INSEE (5 caractères, par exemple 31555 ou 2A004\u00a0; ce n’est pas le code postal).',
    invalid_web_url: '{field}\u00a0: {value} n’est pas une adresse web acceptée (seules les adresses en http:// ou https:// le sont).',
    invalid_date: '{field}\u00a0: {value} n’est pas une date valide au format AAAA-MM-JJ.',
    invalid_postcode: '{field}\u00a0: {value} n’est pas un code postal (5 chiffres).',
    invalid_naf: '{field}\u00a0: {value} n’est pas un code NAF rév. 2 (de la forme 88.99B).',
    invalid_legal_category:
      '{field}\u00a0: {value} n’est pas une catégorie juridique INSEE (4 chiffres, par exemple 9220 pour une association déclarée).',
    invalid_epci_code: '{field}\u00a0: {value} n’est pas un code d’EPCI (le SIREN de l’EPCI, 9 chiffres).',
    invalid_departement_code: '{field}\u00a0: {value} n’est pas un code de département (2 chiffres, 2A, 2B, ou 971 à 976).',
    invalid_region_code: '{field}\u00a0: {value} n’est pas un code de région INSEE (2 chiffres).',
    duplicate_id:
      '{field}\u00a0: {value} est déjà l’identifiant de l’enregistrement d’index {firstIndex}\u00a0; ce doublon est écarté.',
    unknown_actor: '{field}\u00a0: aucun acteur valide ne porte l’identifiant {value}.',
    self_partnership: '{field}\u00a0: un acteur ne peut pas être son propre partenaire ({value}).',
    unreadable_record: '{field} n’a pas pu être lu\u00a0: lire l’un de ses champs provoque une erreur.',
    siret_siren_mismatch: '{field}\u00a0: {value} ne commence pas par le SIREN indiqué ({siren})\u00a0; l’un des deux est faux.',
    ragged_row: '{field}\u00a0: {value} champs au lieu des {expected} de l’en-tête\u00a0; la ligne est écartée.',
    unclosed_quote: '{field}\u00a0: un guillemet ouvert n’est jamais fermé ({value} champs lus)\u00a0; la fin du fichier est lue comme un seul champ.',
    closed_unit: '{field}\u00a0: la colonne {column} vaut {value}\u00a0: l’unité est fermée dans Sirene (C\u00a0: unité légale cessée, F\u00a0: établissement fermé)\u00a0; la ligne est écartée (l’option --include-closed, ou includeClosed, la garde).',
    not_a_feature: '{field}\u00a0: {value} n’est pas une entité GeoJSON (type «\u00a0Feature\u00a0» attendu).',
    unsupported_geometry: '{field}\u00a0: la géométrie {value} n’est pas lue (seul un point, «\u00a0Point\u00a0», situe un acteur).',
    departement_suffix_dropped: '{field}\u00a0: {value} est lu comme un code de département sans sa lettre finale (la lettre, propre à la liste source, est ignorée).',
    type_unclassified: '{field}\u00a0: le type n’est pas indiqué et la catégorie juridique {value} ne permet pas de le déduire\u00a0; l’acteur est gardé comme «\u00a0non classé\u00a0».',
    naf_old_nomenclature: '{field}\u00a0: {value} est un code d’une nomenclature d’activités antérieure à la NAF rév. 2 (NAF rév. 1, NAF 1993 ou NAP, que Sirene donne encore pour des unités anciennes)\u00a0; le code n’est pas repris, l’acteur est gardé.',
    creation_date_unknown: '{field}\u00a0: {value} est la date que Sirene porte pour une unité ancienne dont la date de création n’est pas connue (notre lecture)\u00a0; l’année de création est laissée inconnue.',
    conventions_merged: '{field}\u00a0: le SIRET {value} figure déjà à l’index {firstIndex}\u00a0; cette ligne (une autre convention de la même structure) y est fusionnée.',
    commune_ambiguous: '{field}\u00a0: le code postal et la ville {value} désignent plusieurs communes\u00a0; aucune n’est choisie.',
    record_too_large: '{field}\u00a0: l’enregistrement {value} dépasse la taille admise\u00a0; il est écarté.',
  } satisfies Record<IssueCode, string>,
  /** Finer wording of some codes, chosen from the issue's params. */
  variants: {
    unclosed_quote_lines: '{field}\u00a0: un guillemet ouvert n’est jamais fermé ({value} champs lus)\u00a0; la fin du fichier, lignes {line} à {lastLine}, est lue comme un seul champ\u00a0: ces lignes sont écartées.',
    too_small_string: '{field}\u00a0: {value} est trop court ({minimum} caractères au moins).',
    too_small_string_empty: '{field} ne doit pas être vide.',
    too_small_array: '{field}\u00a0: il faut au moins {minimum} élément(s).',
    too_big_string: '{field}\u00a0: le texte est trop long ({length} caractères pour {maximum} au plus)\u00a0: {value}.',
    too_big_array: '{field}\u00a0: il y a trop d’éléments ({maximum} au plus).',
  },
  /** Names of the types zod expects, for invalid_type. */
  types: {
    string: 'un texte',
    number: 'un nombre',
    int: 'un nombre entier',
    boolean: 'vrai ou faux',
    array: 'une liste',
    object: 'un objet',
    record: 'un objet',
    date: 'une date',
    null: 'rien',
    undefined: 'rien',
    bigint: 'un grand entier',
  },
  /** Labels of the fields of actors and partnerships, by path without list positions. */
  fields: {
    id: 'Identifiant',
    name: 'Nom',
    type: 'Type d’acteur',
    legalCategory: 'Catégorie juridique',
    identifiers: 'Identifiants',
    'identifiers.siren': 'SIREN',
    'identifiers.siret': 'SIRET',
    'identifiers.rna': 'Numéro RNA',
    address: 'Adresse',
    'address.line': 'Adresse (voie)',
    'address.postcode': 'Code postal',
    'address.city': 'Ville',
    communeCode: 'Code commune INSEE',
    epciCode: 'Code de l’EPCI',
    departementCode: 'Code du département',
    regionCode: 'Code de la région',
    location: 'Coordonnées',
    'location.lat': 'Latitude',
    'location.lon': 'Longitude',
    'location.precision': 'Précision des coordonnées',
    activities: 'Activités',
    needs: 'Besoins',
    naf: 'Code NAF',
    size: 'Taille',
    'size.employees': 'Tranche d’effectifs',
    'size.budget': 'Tranche de budget',
    creationYear: 'Année de création',
    approvals: 'Agréments',
    zones: 'Zonages',
    'zones.zoning': 'Zonage',
    'zones.code': 'Code de la zone',
    'zones.from': 'Début d’appartenance à la zone',
    'zones.to': 'Fin d’appartenance à la zone',
    'zones.source': 'Source de l’appartenance à la zone',
    assets: 'Atouts',
    website: 'Site web',
    description: 'Description',
    provenance: 'Provenance',
    'provenance.source': 'Source',
    'provenance.checkedAt': 'Date de vérification',
    'provenance.url': 'Adresse de la source',
    actorId: 'Acteur soutenu',
    partnerId: 'Partenaire',
    roles: 'Rôles',
    since: 'Année de début',
    note: 'Note',
  },
};
export type ErrorsMessages = typeof errorsFr;

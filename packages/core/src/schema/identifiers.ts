// French business and association identifiers, with their check rules.

/** Luhn check over a string of digits (used by SIREN and SIRET). */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments break the Luhn rule; INSEE checks their digit sum modulo 5 instead. */
const LA_POSTE_SIREN = '356000000';

/** Removes the spaces, dots and non-breaking spaces people type inside identifiers. */
export function normaliseIdentifier(value: string): string {
  return value.replace(/[\s.\u00a0\u202f-]/g, '').toUpperCase();
}

/** True when `value` is a 9-digit SIREN whose Luhn check digit is right. */
export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && passesLuhn(value);
}

/** True when `value` is a 14-digit SIRET whose check digit is right (La Poste's rule included). */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN) && value !== `${LA_POSTE_SIREN}00048`) {
    let sum = 0;
    for (const c of value) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return passesLuhn(value);
}

/**
 * True when `value` is an RNA association number: "W" then 9 characters, the first three naming
 * the registering prefecture (digits; 2A/2B for Corsica; 9 and a letter overseas, e.g. W9R2001234
 * at La Réunion, W9C… in Guadeloupe — the letter as the RNA writes it).
 */
export function isValidRna(value: string): boolean {
  return /^W(\d{3}|2[AB]\d|9[A-Z]\d)\d{6}$/.test(value);
}

/** True when `value` is an INSEE commune code (COG): 5 characters, Corsica 2A/2B, overseas 97x. */
export function isValidCommuneCode(value: string): boolean {
  return /^(\d{5}|2[AB]\d{3})$/.test(value);
}

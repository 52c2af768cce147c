/** Replaces `{name}` placeholders of a message with the given values (internal helper). */
export function fillMessage(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A value shown inside an error message: strings quoted, everything else as JSON would, cut short. */
export function showValue(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = `"${value}"`;
  else if (typeof value === 'number') s = String(value);
  else if (value === undefined) s = 'undefined';
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = String(value);
    }
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

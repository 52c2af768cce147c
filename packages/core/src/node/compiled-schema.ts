// zod's compiled form of a schema, for Node only. zod/mini objects are always interpreted (no
// `new Function`, so the widgets run under a strict CSP); zod can also compile an object check
// into one generated function ($ZodObjectJIT, what zod's classic API uses by default), which
// validates the same definition ≈ 40 % faster: that counts on register-sized files. The copy is
// built from the schema's own definition (same fields, same checks, same error codes), so the
// accepted records and the issues are the same (checked by test on generated and broken records).
// Never import this from code that runs in a browser.
import * as z from 'zod/mini';

type AnySchema = z.core.$ZodType;

function compile(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const Constr = schema._zod.constr as unknown as new (def: unknown) => AnySchema;
  if (def.type === 'object') {
    const shape: Record<string, AnySchema> = {};
    const given = def['shape'] as Record<string, AnySchema>;
    for (const key of Object.keys(given)) shape[key] = compile(given[key] as AnySchema);
    return new z.core.$ZodObjectJIT({ ...def, shape } as unknown as z.core.$ZodObjectDef) as unknown as AnySchema;
  }
  // wrappers (optional, default, nullable…) and arrays: same wrapper around the compiled inner schema
  if (def['innerType'] !== undefined) return new Constr({ ...def, innerType: compile(def['innerType'] as AnySchema) });
  if (def.type === 'array') return new Constr({ ...def, element: compile(def['element'] as AnySchema) });
  return schema;
}

const cache = new WeakMap<object, AnySchema>();

/** The compiled equivalent of `schema` (built once, then reused). Node only: it generates code. */
export function compiledSchema<T extends AnySchema>(schema: T): T {
  let c = cache.get(schema);
  if (c === undefined) {
    c = compile(schema);
    cache.set(schema, c);
  }
  return c as T;
}

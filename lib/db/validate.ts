import type { z } from 'zod/mini';
import { en } from 'zod/locales';

/** A stored record that failed its schema: shown as one bad row with a reason, never hiding the others. */
export interface BadRecord {
  ok: false;
  id: string;
  reason: string;
}

export type Checked<T> = { ok: true; value: T } | BadRecord;

// zod/mini ships without messages ("Invalid input"); the English locale is passed per parse so reading the
// database never changes zod's global config for other bundles.
const localeError = en().localeError;

/** Readable one-line reason: "status: Invalid option: expected one of …; note: …". */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function check<S extends z.ZodMiniType>(schema: S, value: unknown, id: string): Checked<z.infer<S>> {
  const parsed = schema.safeParse(value, { error: localeError });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, id, reason: describeIssues(parsed.error) };
}

/** Splits a table read into valid values and bad records, keeping the order of the input. */
export function checkAll<S extends z.ZodMiniType>(
  schema: S,
  values: readonly unknown[],
  idOf: (value: unknown, index: number) => string,
): { values: Array<z.infer<S>>; bad: BadRecord[] } {
  const out: Array<z.infer<S>> = [];
  const bad: BadRecord[] = [];
  values.forEach((v, i) => {
    const c = check(schema, v, idOf(v, i));
    if (c.ok) out.push(c.value);
    else bad.push(c);
  });
  return { values: out, bad };
}

/** The id of a raw record for error reports, whatever shape it is in. */
export function rawId(value: unknown, key: string, fallback: string): string {
  if (value && typeof value === 'object' && key in value) {
    const id = (value as Record<string, unknown>)[key];
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return fallback;
}

/** A write refused because its input does not match the contract; the message says which field and why. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

/** Parses a value about to be written; repositories never store what they could not read back. */
export function validInput<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value, { error: localeError });
  if (!parsed.success) throw new InvalidInputError(`Invalid ${what}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

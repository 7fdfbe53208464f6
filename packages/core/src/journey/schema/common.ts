import { z } from 'zod';

/** Identifier of anything in a journey document: a short ASCII slug, stable across edits. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, {
    message: 'id',
  })
  .describe('A short ASCII slug (letters, digits, ".", "_", "-"), unique in its collection.');
export type Id = z.infer<typeof Id>;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD.');

/** Non-empty user text, trimmed of surrounding blanks by the author, not by us. */
export const Text = z.string().min(1).max(5000);
export const ShortText = z.string().min(1).max(300);

export const Lang = z.enum(['ru', 'en']);
export type Lang = z.infer<typeof Lang>;

/** How bad a pain is, or how much an opportunity matters. */
export const Severity = z.enum(['low', 'medium', 'high', 'critical']);
export type Severity = z.infer<typeof Severity>;

/** Free-form attributes such as `region: north`, used as segments. */
export const Attributes = z.record(z.string().min(1).max(80), z.union([z.string(), z.number(), z.boolean()]));

/** Accepts one value or a list and always gives a list (YAML authors write both). */
export function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
}

import { z } from 'zod';
import type { IssuePath } from './issue.ts';

// Zod issues say what went wrong but not what was expected around it (the fields an object knows,
// both bounds of a range); these helpers read it from the schema itself, so messages never drift.

/** The schema under its wrappers (optional, default, nullable, transforms). */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let i = 0; i < 20; i++) {
    // Every schema we build is a classic zod schema, so the inner ones are too.
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
      current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodDefault || current instanceof z.ZodPrefault)
      current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodReadonly || current instanceof z.ZodCatch)
      current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else if (current instanceof z.ZodLazy) current = current.unwrap() as z.ZodType;
    else return current;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Of a union's options, the one that fits the data's shape (by discriminator, else by JSON type). */
export function pickUnionOption(schema: z.ZodUnion, data: unknown): z.ZodType | undefined {
  const options = schema.options as readonly z.ZodType[];
  const discriminator = (schema._zod.def as { discriminator?: string }).discriminator;
  if (discriminator && isRecord(data)) {
    const wanted = data[discriminator];
    return options.find((option) => {
      const inner = unwrap(option);
      if (!(inner instanceof z.ZodObject)) return false;
      const tag = inner.shape[discriminator];
      return tag instanceof z.ZodLiteral && tag.values.has(wanted as never);
    });
  }
  const kind = Array.isArray(data) ? 'array' : isRecord(data) ? 'object' : 'scalar';
  return options.find((option) => {
    const inner = unwrap(option);
    if (inner instanceof z.ZodArray) return kind === 'array';
    if (inner instanceof z.ZodObject || inner instanceof z.ZodRecord) return kind === 'object';
    return kind === 'scalar';
  });
}

/** The schema one step down: a field of an object, an item of an array, a value of a record. */
export function childSchema(
  schema: z.ZodType,
  segment: string | number,
  data: unknown,
): z.ZodType | undefined {
  let inner = unwrap(schema);
  if (inner instanceof z.ZodUnion) {
    const option = pickUnionOption(inner, data);
    if (!option) return undefined;
    inner = unwrap(option);
  }
  if (inner instanceof z.ZodObject) return inner.shape[String(segment)] as z.ZodType | undefined;
  if (inner instanceof z.ZodArray) return inner.element as z.ZodType;
  if (inner instanceof z.ZodRecord) return inner.valueType as z.ZodType;
  return undefined;
}

/** The value at a path of plain data, or undefined. */
export function valueAt(data: unknown, path: IssuePath): unknown {
  let current = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

/** The schema that validates the value at `path` of `data`, unwrapped; undefined when the path leaves it. */
export function schemaAt(root: z.ZodType, path: IssuePath, data: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (let i = 0; i < path.length && schema; i++) {
    const segment = path[i];
    if (segment === undefined) return undefined;
    schema = childSchema(schema, segment, valueAt(data, path.slice(0, i)));
  }
  if (!schema) return undefined;
  const inner = unwrap(schema);
  if (inner instanceof z.ZodUnion) {
    const option = pickUnionOption(inner, valueAt(data, path));
    return option ? unwrap(option) : inner;
  }
  return inner;
}

/** Field names an object schema accepts, in the schema's order. */
export function knownFields(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** The values an enum or literal accepts, or undefined for other schemas. */
export function allowedValues(schema: z.ZodType | undefined): string[] | undefined {
  if (!schema) return undefined;
  const inner = unwrap(schema);
  if (inner instanceof z.ZodEnum) return inner.options.map(String);
  if (inner instanceof z.ZodLiteral) return [...inner.values].map(String);
  return undefined;
}

export interface NumberBounds {
  min?: number;
  max?: number;
  integer: boolean;
}

/** Both bounds of a number schema, as inclusive limits people can read (safe-integer limits dropped). */
export function numberBounds(schema: z.ZodType | undefined): NumberBounds | undefined {
  if (!schema) return undefined;
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodNumber)) return undefined;
  const integer = inner.isInt;
  const readable = (v: number | null) =>
    v === null || !Number.isFinite(v) || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? undefined : v;
  let min = readable(inner.minValue);
  const max = readable(inner.maxValue);
  // `.positive()` is an exclusive 0; for whole numbers that reads better as "at least 1".
  if (integer && min === 0 && !inner.safeParse(0).success) min = 1;
  const bounds: NumberBounds = { integer };
  if (min !== undefined) bounds.min = min;
  if (max !== undefined) bounds.max = max;
  return bounds;
}

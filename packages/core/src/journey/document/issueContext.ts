import type { z } from 'zod';
import type { IssuePath } from './issue.ts';

/** What a zod issue is about: where, which field, the value found, and the schema and data it came from. */
export interface IssueContext {
  path: IssuePath;
  field: string;
  value: unknown;
  root: z.ZodType;
  data: unknown;
}

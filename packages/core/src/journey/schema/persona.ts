import { z } from 'zod';
import { Id, ShortText, Text } from './common.ts';

/** Buying-centre roles the method names; any other slug is a custom role. */
export const KNOWN_ROLES = [
  'chief-engineer',
  'procurement',
  'director',
  'technologist',
  'financier',
] as const;
export type KnownRole = (typeof KNOWN_ROLES)[number];

export const PersonaKind = z.enum(['customer', 'partner', 'buying-centre-role']);

export const AgeGroup = z
  .string()
  .regex(/^(\d{1,2}-\d{1,3}|\d{1,2}\+|<\d{1,2})$/, { message: 'age-group' })
  .describe('An age band such as 25-34, 55+ or <18.');

export const Persona = z
  .strictObject({
    id: Id,
    kind: PersonaKind,
    name: ShortText,
    role: Id.optional().describe(
      `Buying-centre role: ${KNOWN_ROLES.join(', ')}, or a custom slug. Required when kind is buying-centre-role.`,
    ),
    ageGroup: AgeGroup.optional(),
    description: Text.optional(),
    goals: z.array(ShortText).default([]),
    pains: z.array(ShortText).default([]),
    channels: z
      .array(Id)
      .default([])
      .describe('Preferred channels, most preferred first (ids from `channels`).'),
    quote: Text.optional(),
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .describe(
    'The portrait of a counterparty: a customer, a partner company, or one role of its buying centre.',
  );
export type Persona = z.infer<typeof Persona>;

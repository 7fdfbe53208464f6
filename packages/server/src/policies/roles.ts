import { z } from 'zod';

/** Roles in a workspace, weakest first: each can do everything the ones before it can. */
export const ROLES = ['viewer', 'commenter', 'editor', 'owner'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** An API token acts with at most an editor's rights: administration stays with people. */
export const TokenRole = z.enum(['viewer', 'commenter', 'editor']);
export type TokenRole = z.infer<typeof TokenRole>;

/** Whether `role` carries at least the rights of `needed`. */
export function atLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

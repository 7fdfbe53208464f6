import { z } from 'zod';

export const UserRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  instance_owner: z.boolean(),
  created_at: z.date(),
});
export type UserRow = z.infer<typeof UserRow>;

/** A user as the API shows them; never the password hash. */
export function presentUser(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    instanceOwner: user.instance_owner,
    createdAt: user.created_at.toISOString(),
  };
}

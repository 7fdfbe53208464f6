import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { decoyHash, verifyPassword } from '../auth/password.ts';
import { startSession } from '../auth/sessions.ts';
import { first } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { ApiError } from '../http/apiError.ts';
import { defineRoute } from '../http/route.ts';
import { presentUser, UserRow } from '../presenters/user.ts';
import { Email } from './fields.ts';

const SignInBody = z.strictObject({ email: Email, password: z.string().min(1).max(200) });
const UserWithHash = UserRow.extend({ password_hash: z.string() });

const wrongCredentials = () =>
  new ApiError(401, 'wrong-credentials', {
    en: 'Wrong e-mail or password.',
    ru: 'Неверный адрес или пароль.',
  });

let decoy: Promise<string> | undefined;

/** Signs in with e-mail and password; the answer does not tell a missing account from a wrong password. */
export const signIn = defineRoute({
  id: 'auth.signIn',
  method: 'POST',
  url: '/api/auth/sign-in',
  body: SignInBody,
  rateLimited: true,
  async handle({ body, db, app, reply }) {
    const user = await first(db, UserWithHash, sql`select * from users where email = ${body.email}`);
    if (!user) {
      decoy ??= decoyHash(app.config.scryptCost);
      await verifyPassword(body.password, await decoy);
      throw wrongCredentials();
    }
    if (!(await verifyPassword(body.password, user.password_hash))) throw wrongCredentials();
    const { csrfToken } = await startSession(db, reply, app.config, user.id);
    await recordAudit(db, {
      workspaceId: null,
      actor: { kind: 'user', userId: user.id },
      action: 'user.signed-in',
      targetKind: 'user',
      targetId: user.id,
    });
    return { body: { user: presentUser(user), csrfToken } };
  },
});

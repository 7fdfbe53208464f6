import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { endSession } from '../auth/authenticate.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { csrfTokenFor, hashSecret } from '../auth/secrets.ts';
import { clearSessionCookies } from '../auth/sessions.ts';
import { first, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { ApiError } from '../http/apiError.ts';
import { defineRoute } from '../http/route.ts';
import { presentUser, UserRow } from '../presenters/user.ts';
import { NewPassword } from './fields.ts';

/** Who is signed in, with the CSRF token a page needs for its writes. */
export const currentSession = defineRoute({
  id: 'auth.session',
  method: 'GET',
  url: '/api/auth/session',
  async handle({ db, principal, access }) {
    const user = await first(db, UserRow, sql`select * from users where id = ${access.user.id}`);
    const csrfToken = principal.kind === 'session' ? csrfTokenFor(principal.sessionSecret) : undefined;
    return { body: { user: user && presentUser(user), csrfToken } };
  },
});

/** Ends this session on the server and in the browser. */
export const signOut = defineRoute({
  id: 'auth.signOut',
  method: 'POST',
  url: '/api/auth/sign-out',
  async handle({ db, principal, app, reply }) {
    if (principal.kind === 'session') await endSession(db, principal.sessionSecret);
    clearSessionCookies(reply, app.config);
    return { status: 204 };
  },
});

const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});

/** Changes the password after checking the current one; every other session of the account ends. */
export const changePassword = defineRoute({
  id: 'auth.changePassword',
  method: 'POST',
  url: '/api/auth/password',
  body: ChangePasswordBody,
  rateLimited: true,
  async handle({ db, body, access, principal, app }) {
    const row = await first(
      db,
      z.object({ password_hash: z.string() }),
      sql`select password_hash from users where id = ${access.user.id}`,
    );
    if (!row || !(await verifyPassword(body.currentPassword, row.password_hash))) {
      throw new ApiError(
        400,
        'wrong-password',
        { en: 'The current password is wrong.', ru: 'Текущий пароль указан неверно.' },
        {},
        'body.currentPassword',
      );
    }
    const hash = await hashPassword(body.newPassword, app.config.scryptCost);
    await run(db, sql`update users set password_hash = ${hash} where id = ${access.user.id}`);
    const keep = principal.kind === 'session' ? hashSecret(principal.sessionSecret) : '';
    await run(db, sql`delete from sessions where user_id = ${access.user.id} and token_hash <> ${keep}`);
    await recordAudit(db, {
      workspaceId: null,
      actor: access.actor,
      action: 'user.password-changed',
      targetKind: 'user',
      targetId: access.user.id,
    });
    return { status: 204 };
  },
});

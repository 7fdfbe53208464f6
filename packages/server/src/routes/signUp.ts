import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { hashPassword } from '../auth/password.ts';
import { newId } from '../auth/secrets.ts';
import { startSession } from '../auth/sessions.ts';
import { first, run, sqlState } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { ApiError } from '../http/apiError.ts';
import { conflict } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { presentUser, UserRow } from '../presenters/user.ts';
import { Email, Name, NewPassword } from './fields.ts';
import { claimInvitation } from './invitationClaim.ts';

const SignUpBody = z.strictObject({
  email: Email,
  password: NewPassword,
  name: Name,
  invitation: z.string().min(1).max(200).optional(),
});

const signUpClosed = () =>
  new ApiError(
    403,
    'signup-closed',
    {
      en: 'Sign-up on this server needs an invitation link from a workspace owner.',
      ru: 'Регистрация на этом сервере — только по приглашению владельца рабочего пространства.',
    },
    {},
    'body.invitation',
  );

/** Creates an account and signs it in. The very first account owns the instance. */
export const signUp = defineRoute({
  id: 'auth.signUp',
  method: 'POST',
  url: '/api/auth/sign-up',
  body: SignUpBody,
  rateLimited: true,
  async handle({ body, db, app, reply }) {
    const count = await first(db, z.object({ n: z.number() }), sql`select count(*)::int as n from users`);
    const firstAccount = count?.n === 0;
    if (!firstAccount && !app.config.openSignup && body.invitation === undefined) throw signUpClosed();

    const id = newId('u');
    const passwordHash = await hashPassword(body.password, app.config.scryptCost);
    try {
      await run(
        db,
        sql`insert into users (id, email, name, password_hash, instance_owner)
            values (${id}, ${body.email}, ${body.name}, ${passwordHash}, ${firstAccount})`,
      );
    } catch (error) {
      if (sqlState(error) !== '23505') throw error;
      // The other unique rule is the single instance owner: two first sign-ups at once; the loser retries.
      if (firstAccount && !String((error as Error).message).includes('email')) {
        throw conflict('signup-race', {
          en: 'Another account was created at the same moment. Please try again.',
          ru: 'В этот же момент была создана другая учётная запись. Повторите попытку.',
        });
      }
      throw conflict(
        'email-taken',
        {
          en: 'An account with this e-mail exists already. Sign in, or use another address.',
          ru: 'Учётная запись с этим адресом уже есть. Войдите или укажите другой адрес.',
        },
        'body.email',
      );
    }
    const actor = { kind: 'user' as const, userId: id };
    const joined = body.invitation === undefined ? undefined : await claimInvitation(db, body.invitation, id);
    await recordAudit(db, {
      workspaceId: null,
      actor,
      action: 'user.signed-up',
      targetKind: 'user',
      targetId: id,
    });
    const user = await first(db, UserRow, sql`select * from users where id = ${id}`);
    const { csrfToken } = await startSession(db, reply, app.config, id);
    return { status: 201, body: { user: user && presentUser(user), csrfToken, joined } };
  },
});

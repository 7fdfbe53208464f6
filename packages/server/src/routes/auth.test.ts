import { expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { describeOnDatabases } from '../testing/backends.ts';
import { cookieHeader, field, TestClient } from '../testing/client.ts';
import { buildUser } from '../testing/factories.ts';
import { TEST_CONFIG, useTestApp } from '../testing/testApp.ts';

describeOnDatabases('accounts', (db) => {
  const app = useTestApp(db);
  const anonymous = () => new TestClient(app());

  it('makes the first account the instance owner, and only the first', async () => {
    const first = await buildUser(app());
    const second = await buildUser(app());
    const me1 = await first.client.get('/api/auth/session');
    const me2 = await second.client.get('/api/auth/session');
    expect(field(me1.body, 'user', 'instanceOwner')).toBe(true);
    expect(field(me2.body, 'user', 'instanceOwner')).toBe(false);
  });

  it('sets the session in an httpOnly SameSite=Lax cookie and never returns the password hash', async () => {
    const response = await anonymous().post('/api/auth/sign-up', {
      email: 'Cookie@Example.test',
      password: 'long enough password',
      name: 'C',
    });
    expect(response.status).toBe(201);
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] as string[]);
    const session = cookies.find((c) => c.startsWith('tropa_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(cookies.find((c) => c.startsWith('tropa_csrf='))).not.toMatch(/HttpOnly/);
    expect(field(response.body, 'user', 'email')).toBe('cookie@example.test');
    expect(JSON.stringify(response.body)).not.toMatch(/scrypt|password/i);
  });

  it('refuses a second account with the same e-mail, whatever its case', async () => {
    const user = await buildUser(app());
    const again = await anonymous().post('/api/auth/sign-up', {
      email: user.email.toUpperCase(),
      password: 'another long password',
      name: 'Again',
    });
    expect(again.status).toBe(409);
    expect(field(again.body, 'error', 'code')).toBe('email-taken');
    expect(field(again.body, 'error', 'path')).toBe('body.email');
  });

  it('signs in with the right password only, and says the same for an unknown e-mail', async () => {
    const user = await buildUser(app());
    const wrong = await anonymous().post('/api/auth/sign-in', {
      email: user.email,
      password: 'nope nope nope',
    });
    const unknown = await anonymous().post('/api/auth/sign-in', { email: 'who@example.test', password: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(field(wrong.body, 'error')).toEqual(field(unknown.body, 'error'));
    const right = await anonymous().post('/api/auth/sign-in', { email: user.email, password: user.password });
    expect(right.status).toBe(200);
    const client = new TestClient(app(), {
      kind: 'session',
      cookie: cookieHeader(right.headers['set-cookie']),
      csrfToken: field(right.body, 'csrfToken'),
    });
    expect((await client.get('/api/auth/session')).status).toBe(200);
  });

  it('refuses a cookie-authenticated write without the CSRF token or from another origin', async () => {
    const user = await buildUser(app());
    if (user.client.credentials.kind !== 'session') throw new Error('expected a session');
    const { cookie } = user.client.credentials;
    const bare = new TestClient(app(), { kind: 'session', cookie, csrfToken: 'forged' });
    const noToken = await bare.post('/api/workspaces', { name: 'x' });
    expect(noToken.status).toBe(403);
    expect(field(noToken.body, 'error', 'code')).toBe('csrf-rejected');
    const foreign = await user.client.post(
      '/api/workspaces',
      { name: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(field(foreign.body, 'error', 'code')).toBe('cross-origin');
    const loginCsrf = await anonymous().post(
      '/api/auth/sign-in',
      { email: user.email, password: user.password },
      { origin: 'https://evil.example' },
    );
    expect(loginCsrf.status).toBe(403);
  });

  it('signs out: the old cookie no longer opens the session', async () => {
    const user = await buildUser(app());
    expect((await user.client.post('/api/auth/sign-out')).status).toBe(204);
    const after = await user.client.get('/api/auth/session');
    expect(after.status).toBe(401);
  });

  it('changes the password after checking the current one and ends the other sessions', async () => {
    const user = await buildUser(app());
    const other = await anonymous().post('/api/auth/sign-in', { email: user.email, password: user.password });
    const otherClient = new TestClient(app(), {
      kind: 'session',
      cookie: cookieHeader(other.headers['set-cookie']),
      csrfToken: field(other.body, 'csrfToken'),
    });
    const bad = await user.client.post('/api/auth/password', {
      currentPassword: 'wrong',
      newPassword: 'a new long password',
    });
    expect(field(bad.body, 'error', 'code')).toBe('wrong-password');
    const ok = await user.client.post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: 'a new long password',
    });
    expect(ok.status).toBe(204);
    expect((await user.client.get('/api/auth/session')).status).toBe(200);
    expect((await otherClient.get('/api/auth/session')).status).toBe(401);
    const oldPassword = await anonymous().post('/api/auth/sign-in', {
      email: user.email,
      password: user.password,
    });
    expect(oldPassword.status).toBe(401);
    const newPassword = await anonymous().post('/api/auth/sign-in', {
      email: user.email,
      password: 'a new long password',
    });
    expect(newPassword.status).toBe(200);
  });

  it('validates sign-up fields and names the one at fault', async () => {
    const short = await anonymous().post('/api/auth/sign-up', {
      email: 'a@b.test',
      password: 'short',
      name: 'x',
    });
    expect(short.status).toBe(400);
    expect(field(short.body, 'error', 'path')).toBe('body.password');
    const ru = await anonymous().post(
      '/api/auth/sign-up',
      { email: 'not-an-email', password: 'long enough password', name: 'x' },
      { 'accept-language': 'ru-RU,ru;q=0.9' },
    );
    expect(field(ru.body, 'error', 'path')).toBe('body.email');
    expect(field<string>(ru.body, 'error', 'message')).toMatch(/Неверное значение/);
  });

  it('limits sign-in attempts per address', async () => {
    const limited = await buildApp({
      ...TEST_CONFIG,
      db: db(),
      authRateLimit: { max: 3, timeWindow: 60_000 },
    });
    try {
      const client = new TestClient(limited);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (await client.post('/api/auth/sign-in', { email: 'x@example.test', password: 'y' })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('closes sign-up after the first account unless open sign-up is on', async () => {
    const closed = await buildApp({ ...TEST_CONFIG, db: db(), openSignup: false });
    try {
      const response = await new TestClient(closed).post('/api/auth/sign-up', {
        email: 'late@example.test',
        password: 'long enough password',
        name: 'Late',
      });
      expect(response.status).toBe(403);
      expect(field(response.body, 'error', 'code')).toBe('signup-closed');
    } finally {
      await closed.close();
    }
  });
});

import { expect, it } from 'vitest';
import { describeOnDatabases } from '../testing/backends.ts';
import { field, TestClient } from '../testing/client.ts';
import { useTestApp } from '../testing/testApp.ts';

describeOnDatabases('the first account', (db) => {
  const app = useTestApp(db);

  it('goes to exactly one of several sign-ups at the same moment; a loser is told to retry', async () => {
    const responses = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        new TestClient(app()).post('/api/auth/sign-up', {
          email: `first-${i}@example.test`,
          password: 'long enough password',
          name: `First ${i}`,
        }),
      ),
    );
    const created = responses.filter((r) => r.status === 201);
    const owners = created.filter((r) => field(r.body, 'user', 'instanceOwner') === true);
    expect(owners).toHaveLength(1);
    for (const refused of responses.filter((r) => r.status !== 201)) {
      expect(refused.body).toMatchObject({ error: { status: 409, code: 'signup-race' } });
    }
  });
});

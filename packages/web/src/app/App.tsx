import { useCallback, useEffect, useState } from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { AuthPage } from '../auth/AuthPage.tsx';
import { MapEditor } from '../editor/MapEditor.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { InsightsPage } from '../insights/InsightsPage.tsx';
import { navigate, screenOf, usePath } from './router.ts';

type SessionState = { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; user: User };

/** The whole app: who is signed in, and the screen the address names. */
export function App() {
  const path = usePath();
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    api<{ user: User; csrfToken?: string }>('/api/auth/session')
      .then(({ data }) => {
        setCsrfToken(data.csrfToken);
        setSession({ status: 'signed-in', user: data.user });
      })
      // Not signed in (401), or the server unreachable: either way the sign-in page is where to start.
      .catch(() => setSession({ status: 'anonymous' }));
  }, []);

  const signedIn = useCallback((user: User, csrfToken: string) => {
    setCsrfToken(csrfToken);
    setSession({ status: 'signed-in', user });
    navigate('/', true);
  }, []);

  const signOut = useCallback(async () => {
    await api('/api/auth/sign-out', { method: 'POST' }).catch(() => undefined);
    setCsrfToken(undefined);
    setSession({ status: 'anonymous' });
    navigate('/sign-in', true);
  }, []);

  if (session.status === 'loading') return <div className="splash" aria-busy="true" />;
  const screen = screenOf(path);
  if (session.status === 'anonymous') {
    return <AuthPage mode={screen.name === 'sign-up' ? 'sign-up' : 'sign-in'} onSignedIn={signedIn} />;
  }
  if (screen.name === 'insights') {
    return (
      <InsightsPage
        workspaceId={screen.workspaceId}
        mapId={screen.mapId}
        user={session.user}
        onSignOut={signOut}
      />
    );
  }
  if (screen.name === 'map') {
    return (
      <MapEditor
        workspaceId={screen.workspaceId}
        mapId={screen.mapId}
        view={screen.view}
        user={session.user}
        onSignOut={signOut}
      />
    );
  }
  return (
    <HomePage
      workspaceId={screen.name === 'home' ? screen.workspaceId : undefined}
      user={session.user}
      onSignOut={signOut}
    />
  );
}

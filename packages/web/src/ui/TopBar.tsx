import type { ReactNode } from 'react';
import type { User } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { useLang } from '../i18n/lang.tsx';
import { LangSwitch } from './LangSwitch.tsx';

const text = {
  signOut: { en: 'Sign out', ru: 'Выйти' },
};

/** The bar on every signed-in screen: the brand (home), the screen's own tools, language and account. */
export function TopBar({
  user,
  onSignOut,
  children,
}: {
  user: User;
  onSignOut(): void;
  children?: ReactNode;
}) {
  const { t } = useLang();
  return (
    <header className="topbar">
      <a
        className="brand"
        href="/"
        onClick={(event) => {
          event.preventDefault();
          navigate('/');
        }}
      >
        <Logo /> Tropa
      </a>
      <div className="topbar-middle">{children}</div>
      <LangSwitch />
      <span className="user" title={user.email}>
        {user.name}
      </span>
      <button type="button" className="ghost" onClick={onSignOut}>
        {t(text.signOut)}
      </button>
    </header>
  );
}

export function Logo() {
  return (
    <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="#4f46e5" />
      <path d="M6 22 C12 8 20 26 26 10" stroke="white" strokeWidth="3" fill="none" strokeLinecap="round" />
    </svg>
  );
}

import { type FormEvent, useState } from 'react';
import { ApiFailure, api } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { useLang } from '../i18n/lang.tsx';
import { LangSwitch } from '../ui/LangSwitch.tsx';
import { Logo } from '../ui/TopBar.tsx';

const text = {
  signInTitle: { en: 'Sign in to Tropa', ru: 'Вход в Tropa' },
  signUpTitle: { en: 'Create your account', ru: 'Создайте учётную запись' },
  tagline: {
    en: 'Journey maps that meet real data: where partners get stuck, what they feel, what worked.',
    ru: 'Карты пути клиента на реальных данных: где партнёры застревают, что чувствуют, что сработало.',
  },
  name: { en: 'Your name', ru: 'Ваше имя' },
  email: { en: 'E-mail', ru: 'Эл. почта' },
  password: { en: 'Password', ru: 'Пароль' },
  passwordHint: { en: 'At least 10 characters', ru: 'Не короче 10 символов' },
  signIn: { en: 'Sign in', ru: 'Войти' },
  signUp: { en: 'Create account', ru: 'Создать учётную запись' },
  toSignUp: { en: 'No account yet? Sign up', ru: 'Нет учётной записи? Зарегистрируйтесь' },
  toSignIn: { en: 'Have an account? Sign in', ru: 'Уже есть учётная запись? Войдите' },
  failed: { en: 'Something went wrong: {detail}', ru: 'Что-то пошло не так: {detail}' },
};

/** Sign-in and sign-up, one card: the server's error message is shown as it comes (in the UI language). */
export function AuthPage({
  mode,
  onSignedIn,
}: {
  mode: 'sign-in' | 'sign-up';
  onSignedIn(user: User, csrfToken: string): void;
}) {
  const { t } = useLang();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body: Record<string, string> = {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    if (mode === 'sign-up') body.name = String(form.get('name') ?? '');
    setBusy(true);
    setError(undefined);
    try {
      const { data } = await api<{ user: User; csrfToken: string }>(`/api/auth/${mode}`, {
        method: 'POST',
        body,
      });
      onSignedIn(data.user, data.csrfToken);
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : t(text.failed, { detail: String(failure) }));
    } finally {
      setBusy(false);
    }
  }

  const other = mode === 'sign-in' ? '/sign-up' : '/sign-in';
  return (
    <main className="auth">
      <div className="auth-lang">
        <LangSwitch />
      </div>
      <form className="auth-card" onSubmit={submit}>
        <div className="auth-brand">
          <Logo /> Tropa
        </div>
        <h1>{t(mode === 'sign-in' ? text.signInTitle : text.signUpTitle)}</h1>
        <p className="muted">{t(text.tagline)}</p>
        {mode === 'sign-up' && (
          <label>
            {t(text.name)}
            <input name="name" autoComplete="name" required maxLength={200} />
          </label>
        )}
        <label>
          {t(text.email)}
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          {t(text.password)}
          <input
            name="password"
            type="password"
            autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
            required
            minLength={mode === 'sign-up' ? 10 : 1}
            placeholder={mode === 'sign-up' ? t(text.passwordHint) : ''}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t(mode === 'sign-in' ? text.signIn : text.signUp)}
        </button>
        <a
          href={other}
          onClick={(event) => {
            event.preventDefault();
            setError(undefined);
            navigate(other);
          }}
        >
          {t(mode === 'sign-in' ? text.toSignUp : text.toSignIn)}
        </a>
      </form>
    </main>
  );
}

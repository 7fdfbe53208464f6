import type { Localized } from '@tropa/core';
import { ApiError } from './apiError.ts';

// The common refusals, each with its stable code. Route-specific ones are made where they happen.

export const unauthenticated = () =>
  new ApiError(401, 'unauthenticated', {
    en: 'Sign in first: this needs an account session or an API token.',
    ru: 'Сначала войдите: нужен сеанс пользователя или API-токен.',
  });

export const invalidToken = () =>
  new ApiError(
    401,
    'invalid-token',
    {
      en: 'The token is unknown, revoked or expired. Create a new one in the workspace settings.',
      ru: 'Токен неизвестен, отозван или просрочен. Создайте новый в настройках рабочего пространства.',
    },
    {},
    'header.authorization',
  );

/** Hides whether the thing exists: a member of another workspace learns nothing. */
export const notFound = (what: Localized) =>
  new ApiError(404, 'not-found', { en: `${what.en} not found.`, ru: `${what.ru}: не найдено.` });

export const forbidden = (needs: string) =>
  new ApiError(
    403,
    'forbidden',
    {
      en: 'Your role here does not allow this; it needs {needs} or higher. Ask an owner of the workspace.',
      ru: 'Ваша роль не позволяет это действие; нужна роль {needs} или выше. Обратитесь к владельцу пространства.',
    },
    { needs },
  );

export const sessionRequired = () =>
  new ApiError(403, 'session-required', {
    en: 'Only a signed-in person can do this; API tokens and share links cannot.',
    ru: 'Это может сделать только вошедший пользователь, но не API-токен и не ссылка для просмотра.',
  });

export const csrfRejected = () =>
  new ApiError(
    403,
    'csrf-rejected',
    {
      en: 'Missing or wrong X-CSRF-Token header. Send the csrfToken given at sign-in (also in the tropa_csrf cookie).',
      ru: 'Нет заголовка X-CSRF-Token или он неверен. Передайте csrfToken, выданный при входе (он же в cookie tropa_csrf).',
    },
    {},
    'header.x-csrf-token',
  );

export const crossOrigin = () =>
  new ApiError(
    403,
    'cross-origin',
    {
      en: 'The request comes from another site (Origin does not match the host) and was refused.',
      ru: 'Запрос пришёл с другого сайта (Origin не совпадает с адресом сервера) и отклонён.',
    },
    {},
    'header.origin',
  );

export const invalidInput = (path: string, detail: string) =>
  new ApiError(
    400,
    'invalid-input',
    { en: 'Invalid {path}: {detail}', ru: 'Неверное значение {path}: {detail}' },
    { path, detail },
    path,
  );

export const conflict = (code: string, text: Localized, path?: string, extra?: Record<string, unknown>) =>
  new ApiError(409, code, text, {}, path, extra);

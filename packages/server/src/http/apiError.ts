import { format, type Lang, type Localized } from '@tropa/core';

/** The error body every route answers with: a stable code for programs, a message for people, and where. */
export interface ErrorBody {
  error: { status: number; code: string; message: string; path?: string };
}

/**
 * A refusal the client can act on. `code` never changes once published; `message` is localized;
 * `path` names the field (`body.document.stages[0].id`) or header (`header.if-match`) at fault.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Localized,
    readonly params: Record<string, string | number> = {},
    readonly path?: string,
    /** Extra fields sent beside `error`, e.g. the current version on a 409. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(format(text, 'en', params));
    this.name = 'ApiError';
  }

  /** The response body in the reader's language. */
  toBody(lang: Lang): ErrorBody & Record<string, unknown> {
    const error: ErrorBody['error'] = {
      status: this.status,
      code: this.code,
      message: format(this.text, lang, this.params),
    };
    if (this.path !== undefined) error.path = this.path;
    return { ...this.extra, error };
  }
}

/** The language of a response: the first language of Accept-Language that we speak, else English. */
export function responseLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'en';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.trim().toLowerCase();
    if (tag.startsWith('ru')) return 'ru';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

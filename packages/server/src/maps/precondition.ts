import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/apiError.ts';
import { conflict } from '../http/errors.ts';

/**
 * The version a save is based on: `If-Match: "v7"` (or `baseVersion` in the body for clients that cannot
 * set headers). A save without one is refused (428): silently overwriting someone's work is never an option.
 */
export function baseVersionOf(request: FastifyRequest, bodyBase: number | undefined): number {
  const header = request.headers['if-match'];
  if (typeof header === 'string') {
    const match = /^"v(\d{1,9})"$/.exec(header.trim());
    if (!match) {
      throw new ApiError(
        400,
        'bad-if-match',
        {
          en: 'If-Match must be the ETag of a version, such as "v3" (with the quotes).',
          ru: 'If-Match должен быть ETag версии, например "v3" (с кавычками).',
        },
        {},
        'header.if-match',
      );
    }
    return Number(match[1]);
  }
  if (bodyBase !== undefined) return bodyBase;
  throw new ApiError(
    428,
    'precondition-required',
    {
      en: 'Say which version this save is based on: send If-Match with the ETag you read (or baseVersion).',
      ru: 'Укажите, на какой версии основано сохранение: заголовок If-Match с полученным ETag (или baseVersion).',
    },
    {},
    'header.if-match',
  );
}

/** 409 when the map moved on since the client read it; carries the current version so nothing is lost. */
export function staleVersion(base: number, current: unknown) {
  return conflict(
    'stale-version',
    {
      en: `This map was changed by someone else since version ${base}. Nothing was overwritten: merge your changes into the current version and save again.`,
      ru: `После версии ${base} карту изменил кто-то другой. Ничего не перезаписано: перенесите свои правки в текущую версию и сохраните снова.`,
    },
    'header.if-match',
    { current },
  );
}

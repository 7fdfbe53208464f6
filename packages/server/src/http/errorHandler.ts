import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, responseLang } from './apiError.ts';

const tooLarge = (limit: string) =>
  new ApiError(
    413,
    'body-too-large',
    {
      en: 'The request body is larger than this route accepts ({limit} bytes). Send less, or split it.',
      ru: 'Тело запроса больше допустимого для этого адреса ({limit} байт). Отправьте меньше или по частям.',
    },
    { limit },
    'body',
  );

const malformed = (detail: string) =>
  new ApiError(
    400,
    'malformed-body',
    {
      en: 'The request body is not valid JSON: {detail}',
      ru: 'Тело запроса — не корректный JSON: {detail}',
    },
    { detail },
    'body',
  );

const unsupportedMedia = () =>
  new ApiError(
    415,
    'unsupported-media-type',
    {
      en: 'Send the body as application/json.',
      ru: 'Отправьте тело запроса как application/json.',
    },
    {},
    'header.content-type',
  );

const rateLimited = () =>
  new ApiError(429, 'rate-limited', {
    en: 'Too many attempts from your address. Wait a minute and try again.',
    ru: 'Слишком много попыток с вашего адреса. Подождите минуту и повторите.',
  });

const routeNotFound = () =>
  new ApiError(404, 'route-not-found', {
    en: 'No such API address. See /api/health for a working one.',
    ru: 'Такого адреса API нет. Рабочий адрес для проверки: /api/health.',
  });

const uriTooLong = () =>
  new ApiError(414, 'uri-too-long', {
    en: 'A part of the address is too long. Ids are short; check the link.',
    ru: 'Часть адреса слишком длинная. Идентификаторы короткие — проверьте ссылку.',
  });

const badUrl = () =>
  new ApiError(400, 'bad-url', {
    en: 'The address is not a valid URL (check its %-escapes).',
    ru: 'Адрес — не корректный URL (проверьте %-последовательности).',
  });

const uploadTooLarge = () =>
  new ApiError(
    413,
    'upload-too-large',
    {
      en: 'The uploaded file is larger than this server accepts. Split it, or ask the administrator to raise the limit.',
      ru: 'Загруженный файл больше допустимого на этом сервере. Разделите его или попросите администратора увеличить лимит.',
    },
    {},
    'body',
  );

const internal = () =>
  new ApiError(500, 'internal', {
    en: 'Something went wrong on the server; nothing was saved. The error is in the server log.',
    ru: 'Ошибка на сервере; ничего не сохранено. Подробности — в журнале сервера.',
  });

/** Translates whatever went wrong into the one error shape `{ error: { status, code, message, path? } }`. */
export function toApiError(error: FastifyError | ApiError | Error, bodyLimit: number): ApiError | undefined {
  if (error instanceof ApiError) return error;
  const code = 'code' in error ? error.code : undefined;
  const status = 'statusCode' in error ? error.statusCode : undefined;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return tooLarge(String(bodyLimit));
  if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
    return uploadTooLarge();
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return unsupportedMedia();
  if (status === 429) return rateLimited();
  if (status === 414 || code === 'FST_ERR_MAX_PARAM_LENGTH') return uriTooLong();
  if (code === 'FST_ERR_BAD_URL') return badUrl();
  if (status === 400 && (error instanceof SyntaxError || String(code).startsWith('FST_ERR_CTP'))) {
    return malformed(error.message);
  }
  return undefined;
}

/** For errors the router raises before any route runs (bad URL encoding, too long a parameter). */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const apiError = toApiError(error, 0) ?? badUrl();
  reply.status(apiError.status).send(apiError.toBody(responseLang(request.headers['accept-language'])));
}

/** Installs the error and not-found handlers on the app. */
export function installErrorHandlers(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = responseLang(request.headers['accept-language']);
    const known = toApiError(error, request.routeOptions.bodyLimit ?? bodyLimit);
    if (!known) request.log.error(error);
    const apiError = known ?? internal();
    return reply.status(apiError.status).send(apiError.toBody(lang));
  });
  fastify.setNotFoundHandler((request, reply) => {
    const error = routeNotFound();
    return reply.status(404).send(error.toBody(responseLang(request.headers['accept-language'])));
  });
}

export { rateLimited };

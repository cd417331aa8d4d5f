/** Keys whose values never reach a log line, at any of the first three levels of a logged object. */
const SECRET_KEYS = ['password', 'newPassword', 'currentPassword', 'refreshToken', 'accessToken', 'token', 'otp', 'secret'];

/** `code` is also the name of an error code, so it is only hidden where it is a request body field. */
const BODY_ONLY_KEYS = ['code'];

const HEADERS = ['authorization', 'cookie', '"x-refresh-token"'];

/**
 * The pino `redact` paths. Outside production the `log` mail transport's line (`mail.text`) keeps
 * the code readable, which is what it is for; in production that text is hidden too.
 */
export function redactPaths(isProduction: boolean): string[] {
  return [
    ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
    ...BODY_ONLY_KEYS.flatMap((key) => [`body.${key}`, `*.body.${key}`]),
    ...HEADERS.flatMap((header) => [`headers.${header}`, `req.headers.${header}`]),
    'res.headers["set-cookie"]',
    ...(isProduction ? ['mail.text'] : []),
  ];
}

const SECRET_KEYS = /"(password|passwordHash|password_hash|tokenHash|token_hash|codeHash|code_hash|verificationCode)"\s*:/i;
const BCRYPT_HASH = /\$2[aby]\$\d\d\$/;

/** No response may ever carry a password hash, a token hash or a code. */
export function expectNoSecrets(body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  expect(text).not.toMatch(SECRET_KEYS);
  expect(text).not.toMatch(BCRYPT_HASH);
}

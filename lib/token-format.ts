/**
 * The format an Agent Group token must have before it is sent anywhere (SEC-6): after
 * trimming, 16 to 512 characters of a bearer token's alphabet (RFC 6750 `b64token`:
 * letters, digits and `. _ ~ + / -`, `=` padding). Spaces, control characters and CR/LF
 * can never pass, so they never reach a header or storage. The options form and the
 * background's `connectToken` both check it.
 */
export const TOKEN_PATTERN = /^[A-Za-z0-9._~+/=-]{16,512}$/;

export type TokenCheck = { ok: true; token: string } | { ok: false; reason: 'empty' | 'malformed' };

/** Trims pasted input and checks it against `TOKEN_PATTERN`. Pure; never throws. */
export function checkTokenFormat(input: string): TokenCheck {
  const token = input.trim();
  if (token === '') return { ok: false, reason: 'empty' };
  return TOKEN_PATTERN.test(token) ? { ok: true, token } : { ok: false, reason: 'malformed' };
}

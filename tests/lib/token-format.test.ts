import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTokenFormat, TOKEN_PATTERN } from '@/lib/token-format';

const TOKEN_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~+/=-'.split('');
const validToken = fc.array(fc.constantFrom(...TOKEN_CHARS), { minLength: 16, maxLength: 512 }).map((chars) => chars.join(''));

describe('checkTokenFormat', () => {
  it.each([
    ['a token', 'apmt_0123456789abcdef', { ok: true, token: 'apmt_0123456789abcdef' }],
    ['surrounding whitespace and a newline', '  apmt_0123456789abcdef\n', { ok: true, token: 'apmt_0123456789abcdef' }],
    ['base64 characters', 'aGVsbG8gd29ybGQ+/w==', { ok: true, token: 'aGVsbG8gd29ybGQ+/w==' }],
    ['nothing', '', { ok: false, reason: 'empty' }],
    ['only spaces', '   \t ', { ok: false, reason: 'empty' }],
    ['15 characters', 'a'.repeat(15), { ok: false, reason: 'malformed' }],
    ['513 characters', 'a'.repeat(513), { ok: false, reason: 'malformed' }],
    ['an inner space', 'apmt_0123 456789abcdef', { ok: false, reason: 'malformed' }],
    ['an inner CR/LF', 'apmt_01234\r\n56789abcdef', { ok: false, reason: 'malformed' }],
    ['a NUL', 'apmt_0123456789abcdef\0x', { ok: false, reason: 'malformed' }],
    ['"Bearer " pasted with it', 'Bearer apmt_0123456789abcdef', { ok: false, reason: 'malformed' }],
    ['non-ASCII letters', 'apmt_0123456789abcdéf', { ok: false, reason: 'malformed' }],
  ])('checks %s', (_name, input, expected) => {
    expect(checkTokenFormat(input)).toEqual(expected);
  });

  it('accepts every well-formed token, with or without surrounding whitespace', () => {
    fc.assert(
      fc.property(validToken, fc.constantFrom('', ' ', '\n', '\t '), (token, pad) => {
        expect(checkTokenFormat(`${pad}${token}${pad}`)).toEqual({ ok: true, token });
      }),
    );
  });

  it('never lets through a token holding CR, LF, NUL, a space or any control character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (input) => {
        const result = checkTokenFormat(input);
        if (!result.ok) return;
        expect(result.token).toMatch(TOKEN_PATTERN);
        expect([...result.token].some((ch) => ch.trim() === '' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)).toBe(false);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectOutcome, type ConnectOutcome } from '@/components/options/connect-outcome';
import { API_ERROR_KINDS } from '@/lib/api/errors';
import type { CommandResponse } from '@/lib/messaging/protocol';

describe('connectOutcome', () => {
  it.each<[string, CommandResponse<'connectToken'>, ConnectOutcome]>([
    ['a connection', { ok: true, tokenHint: '1a2b' }, { ok: true }],
    ['a 401', { ok: false, error: 'unauthorized', retryAt: null }, { ok: false, error: { kind: 'unauthorized', retryAt: null } }],
    ['a 403', { ok: false, error: 'forbidden', retryAt: null }, { ok: false, error: { kind: 'forbidden', retryAt: null } }],
    ['a rate limit', { ok: false, error: 'rate_limited', retryAt: 1_000 }, { ok: false, error: { kind: 'rate_limited', retryAt: 1_000 } }],
    ['a format refusal', { ok: false, error: 'bad_token', retryAt: null }, { ok: false, error: { kind: 'bad_token', retryAt: null } }],
    ['a storage failure', { ok: false, error: 'storage', retryAt: null }, { ok: false, error: { kind: 'storage', retryAt: null } }],
    ['a server error', { ok: false, error: 'server', retryAt: null, status: 502 }, { ok: false, error: { kind: 'server', retryAt: null, status: 502 } }],
    ['an API endpoint refusal', { ok: false, error: 'unavailable', retryAt: null }, { ok: false, error: { kind: 'unavailable', retryAt: null } }],
    ['no background', { ok: false, error: 'unavailable' }, { ok: false, error: { kind: 'internal' } }],
    ['a refused sender', { ok: false, error: 'forbidden' }, { ok: false, error: { kind: 'internal' } }],
    ['a broken handler', { ok: false, error: 'internal' }, { ok: false, error: { kind: 'internal' } }],
  ])('reads %s', (_name, answer, expected) => {
    expect(connectOutcome(answer)).toEqual(expected);
  });

  it('claims a connection only for an answer that says ok: true', () => {
    const answers: fc.Arbitrary<CommandResponse<'connectToken'>> = fc.oneof(
      fc.record({ ok: fc.constant(true as const), tokenHint: fc.string({ maxLength: 4 }) }),
      fc.record(
        {
          ok: fc.constant(false as const),
          error: fc.constantFrom(...API_ERROR_KINDS, 'storage' as const),
          retryAt: fc.option(fc.nat()),
          status: fc.integer({ min: 100, max: 599 }),
        },
        { requiredKeys: ['ok', 'error', 'retryAt'] },
      ),
      fc.record({ ok: fc.constant(false as const), error: fc.constantFrom('bad_request' as const, 'forbidden' as const, 'unavailable' as const, 'internal' as const) }),
    );
    fc.assert(
      fc.property(answers, (answer) => {
        expect(connectOutcome(answer).ok).toBe(answer.ok);
      }),
    );
  });
});

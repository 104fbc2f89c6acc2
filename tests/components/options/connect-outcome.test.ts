import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConnectOutcome, type ConnectOutcome } from '@/components/options/connect-outcome';
import type { CommandResponse } from '@/lib/messaging/protocol';

describe('readConnectOutcome', () => {
  it.each<[string, CommandResponse<'connectToken'>, ConnectOutcome]>([
    ['a connection', { ok: true, tokenHint: '1a2b' }, { ok: true }],
    ['a 401', { ok: false, error: 'unauthorized', retryAt: null }, { ok: false, error: { kind: 'unauthorized', retryAt: null } }],
    ['a 403', { ok: false, error: 'forbidden', retryAt: null }, { ok: false, error: { kind: 'forbidden', retryAt: null } }],
    ['a rate limit', { ok: false, error: 'rate_limited', retryAt: 1_000 }, { ok: false, error: { kind: 'rate_limited', retryAt: 1_000 } }],
    ['a format refusal', { ok: false, error: 'bad_format', retryAt: null }, { ok: false, error: { kind: 'bad_token', retryAt: null } }],
    ['a storage failure', { ok: false, error: 'storage', retryAt: null }, { ok: false, error: { kind: 'storage', retryAt: null } }],
    ['an API endpoint refusal', { ok: false, error: 'unavailable', retryAt: null }, { ok: false, error: { kind: 'unavailable', retryAt: null } }],
    ['no background', { ok: false, error: 'unavailable' }, { ok: false, error: { kind: 'internal' } }],
    ['a refused sender', { ok: false, error: 'forbidden' }, { ok: false, error: { kind: 'internal' } }],
    ['a broken handler', { ok: false, error: 'internal' }, { ok: false, error: { kind: 'internal' } }],
  ])('reads %s', (_name, answer, expected) => {
    expect(readConnectOutcome(answer)).toEqual(expected);
  });

  it('claims a connection only for an answer that says ok: true', () => {
    fc.assert(
      fc.property(fc.anything(), (answer) => {
        const outcome = readConnectOutcome(answer);
        const saysOk = typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === true;
        expect(outcome.ok).toBe(saysOk);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BalanceResponseSchema, GrantResponseSchema, HistoryEnvelopeSchema, TransactionResponseSchema } from '@/lib/api/schemas';
import { BALANCE_EXAMPLE, BALANCE_PLACEHOLDER, GRANT, TRANSACTION } from './fixtures';

const withData = (data: Record<string, unknown>) => ({ data: { ...BALANCE_EXAMPLE.data, ...data } });

describe('BalanceResponseSchema', () => {
  it('parses the documented example', () => {
    const result = BalanceResponseSchema.safeParse(BALANCE_EXAMPLE);

    expect(result.success && result.data).toEqual({
      balance: 1234,
      nextExpiryAt: Date.UTC(2027, 2, 1),
      expiresInDays: 96,
    });
  });

  it('reads the published placeholder example, with the expiry unknown', () => {
    const result = BalanceResponseSchema.safeParse(BALANCE_PLACEHOLDER);

    expect(result.success && result.data).toEqual({ balance: 0, nextExpiryAt: null, expiresInDays: 0 });
  });

  it.each([
    ['null expiration and days (zero balance)', { balance: 0, expiration: null, expires_in_days: null }, { nextExpiryAt: null, expiresInDays: null }],
    ['missing expiration and days', { expiration: undefined, expires_in_days: undefined }, { nextExpiryAt: null, expiresInDays: null }],
    ['a zone-less time, read as UTC', { expiration: '2027-03-01T12:00:00' }, { nextExpiryAt: Date.UTC(2027, 2, 1, 12) }],
    ['an offset', { expiration: '2027-03-01T12:00:00+02:00' }, { nextExpiryAt: Date.UTC(2027, 2, 1, 10) }],
    ['"tomorrow" as expiration', { expiration: 'tomorrow' }, { nextExpiryAt: null }],
    ['a number as expiration', { expiration: 1_800_000_000_000 }, { nextExpiryAt: null }],
    ['expires_in_days as a string', { expires_in_days: '96' }, { expiresInDays: null }],
    ['negative expires_in_days (a past expiry)', { expires_in_days: -3 }, { expiresInDays: -3 }],
  ])('accepts %s', (_name, data, expected) => {
    const result = BalanceResponseSchema.safeParse(withData(data));

    expect(result.success).toBe(true);
    expect(result.data).toMatchObject(expected);
  });

  it('ignores and strips unknown fields at every level', () => {
    const result = BalanceResponseSchema.safeParse({ ...BALANCE_EXAMPLE, extra: 1, data: { ...BALANCE_EXAMPLE.data, currency: 'USD' } });

    expect(result.success && Object.keys(result.data).sort()).toEqual(['balance', 'expiresInDays', 'nextExpiryAt']);
  });

  it.each([
    ['a string balance', { balance: '100' }],
    ['a negative balance', { balance: -1 }],
    ['a fractional balance', { balance: 12.5 }],
    ['a huge balance', { balance: 1e308 }],
    ['a missing balance', { balance: undefined }],
    ['a null balance', { balance: null }],
  ])('rejects %s', (_name, data) => {
    expect(BalanceResponseSchema.safeParse(withData(data)).success).toBe(false);
  });

  it.each([
    ['no data', { success: true }],
    ['data as an array', { data: [] }],
    ['null', null],
    ['an HTML string', '<html></html>'],
  ])('rejects %s', (_name, body) => {
    expect(BalanceResponseSchema.safeParse(body).success).toBe(false);
  });
});

describe('GrantResponseSchema', () => {
  it('maps the assumed fields', () => {
    expect(GrantResponseSchema.parse(GRANT)).toEqual({
      id: 'g-1',
      credits: 2500,
      remaining: 1200,
      source: 'card',
      createdAt: Date.UTC(2026, 2, 1, 10),
      expiresAt: Date.UTC(2027, 2, 1, 10),
    });
  });

  it.each([
    ['an unknown source, kept', { source: 'airdrop' }, { source: 'airdrop' }],
    ['a missing source', { source: undefined }, { source: 'unknown' }],
    ['a null expiry', { expires_at: null }, { expiresAt: null }],
    ['a missing expiry', { expires_at: undefined }, { expiresAt: null }],
    ['a garbage expiry', { expires_at: 'soon' }, { expiresAt: null }],
    ['a long source, capped', { source: 'x'.repeat(5000) }, { source: 'x'.repeat(500) }],
  ])('accepts %s', (_name, patch, expected) => {
    expect(GrantResponseSchema.parse({ ...GRANT, ...patch })).toMatchObject(expected);
  });

  it.each([
    ['no id', { _id: undefined }],
    ['an empty id', { _id: '' }],
    ['zero credits', { credits: 0 }],
    ['negative remaining', { remaining_credits: -1 }],
    ['remaining above credits', { remaining_credits: 2501 }],
    ['a bad created_at', { created_at: 'yesterday' }],
    ['an impossible date', { created_at: '2026-02-30T00:00:00Z' }],
  ])('rejects %s', (_name, patch) => {
    expect(GrantResponseSchema.safeParse({ ...GRANT, ...patch }).success).toBe(false);
  });
});

describe('TransactionResponseSchema', () => {
  it('maps the assumed fields', () => {
    expect(TransactionResponseSchema.parse(TRANSACTION)).toEqual({
      id: 't-1',
      type: 'tool_call',
      credits: -25,
      balanceAfter: 1200,
      description: 'web-search',
      grantId: 'g-1',
      createdAt: Date.UTC(2026, 3, 2, 9, 30),
    });
  });

  it('keeps an unknown type and defaults missing optional fields to null', () => {
    const { balance_after: _b, description: _d, grant_id: _g, ...bare } = TRANSACTION;

    expect(TransactionResponseSchema.parse({ ...bare, type: 'loyalty_bonus', extra: true })).toEqual({
      id: 't-1',
      type: 'loyalty_bonus',
      credits: -25,
      balanceAfter: null,
      description: null,
      grantId: null,
      createdAt: Date.UTC(2026, 3, 2, 9, 30),
    });
  });

  it.each([
    ['fractional credits', { credits: 1.5 }],
    ['string credits', { credits: '-25' }],
    ['no created_at', { created_at: undefined }],
  ])('rejects %s', (_name, patch) => {
    expect(TransactionResponseSchema.safeParse({ ...TRANSACTION, ...patch }).success).toBe(false);
  });
});

describe('HistoryEnvelopeSchema', () => {
  it('requires grants and tolerates missing or malformed transactions', () => {
    expect(HistoryEnvelopeSchema.safeParse({ data: { transactions: [] } }).success).toBe(false);
    expect(HistoryEnvelopeSchema.parse({ data: { grants: [] } }).data.transactions).toBeUndefined();
    expect(HistoryEnvelopeSchema.parse({ data: { grants: [], transactions: 'n/a' } }).data.transactions).toBeUndefined();
  });
});

describe('parsing never throws', () => {
  const schemas = { BalanceResponseSchema, GrantResponseSchema, TransactionResponseSchema, HistoryEnvelopeSchema };

  it.each(Object.entries(schemas))('%s.safeParse is total over arbitrary JSON and values', (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withMap: true, withSet: true })), (input) => {
        expect(typeof schema.safeParse(input).success).toBe('boolean');
      }),
    );
  });

  it('never throws when the arbitrary values sit inside a plausible envelope', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(GRANT), 'balance'), fc.jsonValue()), (fields) => {
        expect(() => BalanceResponseSchema.safeParse({ data: fields })).not.toThrow();
        expect(() => GrantResponseSchema.safeParse({ ...GRANT, ...fields })).not.toThrow();
        expect(() => TransactionResponseSchema.safeParse({ ...TRANSACTION, ...fields })).not.toThrow();
      }),
    );
  });
});

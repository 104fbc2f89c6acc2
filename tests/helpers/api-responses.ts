/** Response bodies shaped as docs/API.md documents (and, for history, assumes). */
export const BALANCE_EXAMPLE = {
  success: true,
  message: 'Balance retrieved',
  data: { balance: 1234, expiration: '2027-03-01T00:00:00Z', expires_in_days: 96 },
};

/** The published example, placeholders included. */
export const BALANCE_PLACEHOLDER = {
  success: true,
  message: 'string',
  data: { balance: 0, expiration: 'string', expires_in_days: 0 },
};

export const GRANT = {
  _id: 'g-1',
  credits: 2500,
  remaining_credits: 1200,
  source: 'card',
  created_at: '2026-03-01T10:00:00Z',
  expires_at: '2027-03-01T10:00:00Z',
};

export const TRANSACTION = {
  _id: 't-1',
  type: 'tool_call',
  credits: -25,
  balance_after: 1200,
  description: 'web-search',
  grant_id: 'g-1',
  created_at: '2026-04-02T09:30:00Z',
};

export const HISTORY_EXAMPLE = {
  success: true,
  message: 'ok',
  data: {
    grants: [GRANT, { ...GRANT, _id: 'g-0', credits: 500, remaining_credits: 0, created_at: '2026-01-01T00:00:00Z' }],
    transactions: [TRANSACTION],
  },
};

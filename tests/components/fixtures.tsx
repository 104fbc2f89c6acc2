import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { vi } from 'vitest';
import type { Grant, Transaction } from '@/lib/api/schemas';
import { DAY_MS } from '@/lib/ledger/constants';
import type { PageActions } from '@/lib/query/commands';
import type { PanelStatus } from '@/lib/query/panel-status';
import { createQueryClient } from '@/lib/query/query-client';
import type { Snapshot } from '@/lib/storage/items';
import { createTexts, TextsProvider } from '@/components/ui/i18n';
import { createTranslator } from '@/lib/i18n';
import { PANEL_CATALOG } from '../lib/i18n/catalogs';

/** A fixed "now": 2026-06-01T12:00:00Z. */
export const NOW = Date.UTC(2026, 5, 1, 12);
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** English (US) texts, whatever the machine's locale. */
export const EN = createTexts(createTranslator(PANEL_CATALOG, ['en-US']));
export const DE = createTexts(createTranslator(PANEL_CATALOG, ['de-DE']));

export function makeGrant(overrides: Partial<Grant> = {}): Grant {
  return {
    id: 'g1',
    credits: 2500,
    remaining: 1200,
    source: 'card',
    createdAt: NOW - 30 * DAY_MS,
    expiresAt: NOW + 335 * DAY_MS,
    ...overrides,
  };
}

export function makeTx(overrides: Partial<Transaction> = {}): Transaction {
  return {
    id: 't1',
    type: 'tool_call',
    credits: -12,
    balanceAfter: null,
    description: 'web-search',
    grantId: null,
    createdAt: NOW - 3 * MINUTE_MS,
    ...overrides,
  };
}

export function makeSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    balance: { balance: 12_345, nextExpiryAt: NOW + 6 * DAY_MS + HOUR_MS, expiresInDays: 6 },
    grants: [
      makeGrant({ id: 'g-late', credits: 10_000, remaining: 10_000, createdAt: NOW - 65 * DAY_MS, expiresAt: NOW + 300 * DAY_MS }),
      makeGrant({ id: 'g-soon', credits: 500, remaining: 312, createdAt: NOW - 359 * DAY_MS, expiresAt: NOW + 6 * DAY_MS + HOUR_MS }),
      makeGrant({
        id: 'g-mid',
        credits: 2500,
        remaining: 2033,
        source: 'job_reward',
        createdAt: NOW - 345 * DAY_MS,
        expiresAt: NOW + 20 * DAY_MS,
      }),
    ],
    transactions: [
      makeTx({ id: 't1', description: 'web-search', credits: -12, createdAt: NOW - 3 * MINUTE_MS }),
      makeTx({ id: 't2', type: 'purchase', description: 'Card purchase', credits: 2500, createdAt: NOW - 2 * DAY_MS }),
      makeTx({ id: 't3', description: 'email-send', credits: -1, createdAt: NOW - 9 * DAY_MS }),
      makeTx({ id: 't0', type: 'purchase', description: null, credits: 10_000, createdAt: NOW - 65 * DAY_MS }),
    ],
    fetchedAt: NOW - 3 * MINUTE_MS,
    lastError: null,
    lastAttemptAt: NOW - 3 * MINUTE_MS,
    historyAvailable: true,
    historyFetchedAt: NOW - 3 * MINUTE_MS,
    dropped: 0,
    nextAttemptAt: null,
    ...overrides,
  };
}

/** A ready status over a snapshot. */
export function ready(snapshot: Snapshot = makeSnapshot(), extra: Partial<Extract<PanelStatus, { kind: 'ready' }>> = {}): PanelStatus {
  return { kind: 'ready', snapshot, problem: null, balanceOnly: false, ...extra };
}

/** Page actions that record what was asked and answer like a background that did it. */
export function fakeActions() {
  const send = vi.fn<PageActions['send']>(async () => ({ ok: true }));
  const openOptions = vi.fn<PageActions['openOptions']>(async () => undefined);
  return { send, openOptions } satisfies PageActions;
}

/** Renders with English texts and, when asked, a fresh QueryClient. */
export function renderEn(ui: ReactElement, { texts = EN, ...options }: RenderOptions & { texts?: typeof EN } = {}) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <TextsProvider texts={texts}>{children}</TextsProvider>
    </QueryClientProvider>
  );
  return { client, ...render(ui, { wrapper, ...options }) };
}

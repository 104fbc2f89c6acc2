import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertText } from '@/lib/alerts/text';
import type { AlertEvent } from '@/lib/alerts/types';
import { createTranslator } from '@/lib/i18n';
import { BACKGROUND_CATALOG } from '../i18n/catalogs';
import { DAY, NOW } from './fixtures';

const en = createTranslator(BACKGROUND_CATALOG, ['en-US']);
const de = createTranslator(BACKGROUND_CATALOG, ['de-DE']);

const EVENTS: AlertEvent[] = [
  { kind: 'lowBalance', balance: 420, threshold: 500 },
  { kind: 'empty' },
  { kind: 'lowRunway', balance: 1200, runwayDays: 3.7, thresholdDays: 7 },
  { kind: 'lowRunway', balance: 30, runwayDays: 0.4, thresholdDays: 7 },
  { kind: 'expiring', credits: 312, expiresAt: NOW + 6 * DAY, windowDays: 7, more: 0 },
  { kind: 'expiring', credits: null, expiresAt: NOW + 29 * DAY, windowDays: 30, more: 2 },
  { kind: 'topUp', added: 2500, balance: 2920 },
  { kind: 'tokenRejected' },
];

describe('alertText', () => {
  it.each([
    [EVENTS[0], 'Low AgentPMT balance', '420 credits left ($4.20), below your alert at 500.'],
    [EVENTS[1], 'AgentPMT credits used up', 'Your balance is 0. Agents that pay with credits stop until you buy more.'],
    [EVENTS[2], 'AgentPMT credits running out', 'At the current rate, 1,200 credits last about 3 days.'],
    [EVENTS[3], 'AgentPMT credits running out', 'At the current rate, 30 credits last less than a day.'],
    [EVENTS[4], 'AgentPMT credits expire soon', '312 credits expire on Jun 7, 2026 (in 6 days).'],
    [EVENTS[5], 'AgentPMT credits expire soon', 'Some of your credits expire on Jun 30, 2026 (in 29 days). 2 more lots expire soon too.'],
    [EVENTS[6], 'AgentPMT credits added', '2,500 credits added. Balance: 2,920 credits ($29.20).'],
  ])('words %o in English', (event, title, message) => {
    expect(alertText(event!, en, NOW)).toEqual({ title, message });
  });

  it('has German text for every kind', () => {
    for (const event of EVENTS) {
      const actual = alertText(event, de, NOW);
      expect(actual.title).not.toBe(alertText(event, en, NOW).title);
      expect(actual.message.length).toBeGreaterThan(10);
    }
  });

  it('stays within the length caps for any numbers', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.nat({ max: 10_000 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (balance, more, runway) => {
          for (const event of [
            { kind: 'lowBalance', balance, threshold: balance } as const,
            { kind: 'lowRunway', balance, runwayDays: runway, thresholdDays: 90 } as const,
            { kind: 'expiring', credits: balance, expiresAt: NOW + DAY, windowDays: 1, more } as const,
          ]) {
            const { title, message } = alertText(event, en, NOW);
            expect(title.length).toBeLessThanOrEqual(80);
            expect(message.length).toBeLessThanOrEqual(240);
            expect(message).not.toMatch(/[<>]|NaN|undefined/);
          }
        },
      ),
    );
  });
});

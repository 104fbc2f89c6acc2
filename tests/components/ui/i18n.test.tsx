/** @vitest-environment happy-dom */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { popup as dePopup } from '@/lib/i18n/de/popup';
import { popup as enPopup } from '@/lib/i18n/en/popup';
import { useTexts } from '@/components/ui/i18n';
import { DE, EN, renderEn } from '@/tests/helpers/fixtures';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('popup catalogue', () => {
  it.each(Object.keys(enPopup) as Array<keyof typeof enPopup>)('%s has a German text with the same placeholders', (key) => {
    expect(dePopup[key].trim()).not.toBe('');
    expect(placeholders(dePopup[key])).toEqual(placeholders(enPopup[key]));
  });
});

describe('createTexts', () => {
  it.each([
    [EN, 1, '1 credit expires tomorrow'],
    [EN, 312, '312 credits expire tomorrow'],
    [EN, 12_345, '12,345 credits expire tomorrow'],
    [DE, 1, '1 Credit verfällt morgen'],
    [DE, 12_345, '12.345 Credits verfallen morgen'],
  ])('picks the plural form and formats the count (%#)', (texts, count, expected) => {
    expect(texts.tp('popup.expiry.next', count, { when: texts.inDays(1) })).toBe(expected);
  });

  it.each([
    [EN, -12, '-12'],
    [EN, 2500, '+2,500'],
    [EN, 0, '0'],
    [DE, 2500, '+2.500'],
  ])('signs amounts (%#)', (texts, value, expected) => {
    expect(texts.signed(value)).toBe(expected);
  });

  it.each([
    [0.42, '0.4'],
    [9.96, '10'],
    [123.6, '124'],
  ])('shows rates with a decimal only below 10: %d', (value, expected) => {
    expect(EN.rate(value)).toBe(expected);
  });

  it('is what components read through useTexts', () => {
    function Probe() {
      const { t } = useTexts();
      return <p>{t('popup.tab.insights')}</p>;
    }
    renderEn(<Probe />, { texts: DE });

    expect(screen.getByText('Prognosen')).toBeInTheDocument();
  });
});

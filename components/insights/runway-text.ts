import type { Texts } from '@/components/ui/i18n';

/** "Runs out in about 12 days", or why there is no such date. */
export function runwayText({ t, tn }: Pick<Texts, 't' | 'tn'>, balance: number, runwayDays: number | null): string {
  if (balance <= 0) return t('popup.insights.runwayEmpty');
  if (runwayDays === null) return t('popup.insights.runwayNone');
  if (runwayDays < 1) return t('popup.insights.runwaySoon');
  return t('popup.insights.runway', { days: tn('days', Math.round(runwayDays)) });
}

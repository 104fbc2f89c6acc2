import { useTexts } from '@/components/ui/i18n';

/** "Updated 3 minutes ago", with a Stale marker when the numbers may be out of date. */
export function UpdatedLine({ fetchedAt, stale, now }: { fetchedAt: number; stale: boolean; now: number }) {
  const { t, relative, dateTime } = useTexts();
  return (
    <p className="mt-1 flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-300">
      <span title={dateTime(fetchedAt)}>{t('popup.updated', { when: relative(Math.min(fetchedAt, now), now) })}</span>
      {stale && (
        <span
          className="rounded-full border border-amber-400 bg-amber-100 px-1.5 py-px text-[11px] font-semibold text-amber-900 dark:border-amber-600 dark:bg-amber-900 dark:text-amber-100"
          title={t('popup.stale.hint')}
        >
          {t('popup.stale')}
        </span>
      )}
    </p>
  );
}

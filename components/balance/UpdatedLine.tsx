import { useTexts } from '@/components/ui/i18n';

export interface UpdatedLineProps {
  fetchedAt: number;
  stale: boolean;
  now: number;
  /** When the last refresh failed, if it did: the line then says when the data is from. */
  failedAt?: number | null;
}

/**
 * "Updated 3 minutes ago", with a Stale marker when the numbers may be out of date. After a
 * failed refresh: "Data from <date and time> · refresh failed", never "Updated now".
 */
export function UpdatedLine({ fetchedAt, stale, now, failedAt = null }: UpdatedLineProps) {
  const { t, relative, dateTime } = useTexts();
  const failed = failedAt !== null;
  const text = failed
    ? t('popup.updated.failed', { when: dateTime(fetchedAt) })
    : t('popup.updated', { when: relative(Math.min(fetchedAt, now), now) });
  return (
    <p className="mt-1 flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-300">
      <span title={failed ? dateTime(failedAt) : dateTime(fetchedAt)}>{text}</span>
      {stale && (
        <span
          className="shrink-0 rounded-full border border-amber-400 bg-amber-100 px-1.5 py-px text-[11px] font-semibold text-amber-900 dark:border-amber-600 dark:bg-amber-900 dark:text-amber-100"
          title={t('popup.stale.hint')}
        >
          {t('popup.stale')}
        </span>
      )}
    </p>
  );
}

import { useId } from 'react';
import { PAUSE_HOURS, type PauseHours } from '@/lib/alerts/kinds';
import { Button, FOCUS_RING } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';

/** Pause every alert for 1, 8 or 24 hours, or resume them while paused. */
export function PauseAlerts({ pausedUntil, now, onPause }: { pausedUntil: number | null; now: number; onPause: (hours: PauseHours) => void }) {
  const { t, dateTime } = useTexts();
  const id = useId();
  if (pausedUntil !== null && pausedUntil > now) {
    return (
      <p className="flex items-center gap-2 text-xs text-zinc-700 dark:text-zinc-200">
        <span>{t('popup.pause.until', { time: dateTime(pausedUntil) })}</span>
        <Button variant="link" className="text-xs" onClick={() => onPause(0)}>
          {t('popup.pause.resume')}
        </Button>
      </p>
    );
  }
  return (
    <span className="flex items-center gap-1.5 text-xs">
      <label htmlFor={id} className="text-zinc-700 dark:text-zinc-200">
        {t('popup.pause.label')}
      </label>
      <select
        id={id}
        value=""
        onChange={(event) => {
          const hours = Number(event.target.value) as PauseHours;
          if (PAUSE_HOURS.includes(hours) && hours > 0) onPause(hours);
        }}
        className={`rounded border border-zinc-300 bg-white px-1 py-0.5 text-xs text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 ${FOCUS_RING}`}
      >
        <option value="">{t('popup.pause.choose')}</option>
        {PAUSE_HOURS.filter((hours) => hours > 0).map((hours) => (
          <option key={hours} value={hours}>
            {t('popup.pause.hours', { hours })}
          </option>
        ))}
      </select>
    </span>
  );
}

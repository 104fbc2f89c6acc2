import type { RunawayEpisode } from '@/lib/alerts/runaway';
import { Button } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';

/**
 * Shown at the top of the popup and the widget panel while a runaway episode is on: how
 * much went in the last hour and on which tool, with a way to that tool's activity.
 */
export function RunawayBanner({ episode, onShowActivity, compact = false }: { episode: RunawayEpisode; onShowActivity: () => void; compact?: boolean }) {
  const { t, tn } = useTexts();
  const credits = tn('credits', Math.round(episode.spent));
  return (
    <div
      role="status"
      className={`shrink-0 border-b border-red-300 bg-red-50 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100 ${compact ? 'px-3 py-2' : 'px-4 py-2'}`}
    >
      <p>
        <strong>{t('popup.runaway.title')}</strong>{' '}
        {episode.tool ? t('popup.runaway.bodyTool', { credits, tool: episode.tool }) : t('popup.runaway.body', { credits })}
      </p>
      <Button variant="link" className="text-red-900 dark:text-red-100" onClick={onShowActivity}>
        {episode.tool ? t('popup.runaway.showToolActivity', { tool: episode.tool }) : t('popup.runaway.showActivity')}
      </Button>
    </div>
  );
}

import type { DataProblem } from '@/lib/panel-status';
import { Button } from '@/components/ui/Button';
import { useTexts } from '@/components/ui/i18n';
import { Notice } from '@/components/ui/Notice';

/**
 * Why the numbers shown may be out of date, and what happens next: offline, rate-limited
 * (with the next try), token rejected (how to fix), a failed refresh, or simply old data.
 */
export function ProblemNotice({
  problem,
  fetchedAt,
  now,
  onOpenSettings,
}: {
  problem: DataProblem;
  fetchedAt: number;
  now: number;
  onOpenSettings: () => void;
}) {
  const { t, relative, dateTime } = useTexts();
  switch (problem.kind) {
    case 'offline':
      return <Notice role="status" tone="warn" title={t('popup.problem.offlineTitle')}>{t('popup.problem.offlineBody')}</Notice>;
    case 'rateLimited':
      return (
        <Notice role="status" tone="warn" title={t('popup.problem.rateLimitedTitle')}>
          {problem.nextTryAt !== null && problem.nextTryAt > now
            ? t('popup.problem.rateLimitedNext', { when: relative(problem.nextTryAt, now), time: dateTime(problem.nextTryAt) })
            : t('popup.problem.rateLimitedSoon')}
        </Notice>
      );
    case 'tokenRejected':
      return (
        <Notice
          role="alert"
          tone="danger"
          title={t('popup.problem.tokenTitle')}
          action={
            <Button variant="primary" onClick={onOpenSettings}>
              {t('action.openSettings')}
            </Button>
          }
        >
          {t('popup.problem.tokenBody')}
        </Notice>
      );
    case 'failed':
      return <Notice role="status" tone="warn" title={t('popup.problem.failedTitle')}>{t('popup.problem.failedBody')}</Notice>;
    case 'old':
      return (
        <Notice role="status" tone="info" title={t('popup.problem.oldTitle')}>
          {t('popup.problem.oldBody', { when: relative(fetchedAt, now) })}
        </Notice>
      );
  }
}

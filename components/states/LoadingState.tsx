import { useTexts } from '@/components/ui/i18n';
import { Skeleton } from '@/components/ui/Skeleton';

/** The first load: the panel's shape in grey, and a status for screen readers. Never a 0. */
export function LoadingState({ compact = false }: { compact?: boolean }) {
  const { t } = useTexts();
  return (
    <div aria-busy="true" className={compact ? 'space-y-3 p-3' : 'space-y-4 p-4'}>
      <p role="status" className="text-sm text-zinc-600 dark:text-zinc-300">
        {t('popup.loading')}
      </p>
      <Skeleton className="h-9 w-2/3" />
      <Skeleton className="h-4 w-1/2" />
      <div className="flex gap-2">
        <Skeleton className="h-8 flex-1" />
        <Skeleton className="h-8 w-24" />
      </div>
      <Skeleton className="h-24 w-full" />
    </div>
  );
}

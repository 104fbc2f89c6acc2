import { useTexts } from '@/components/ui/i18n';
import { Notice } from '@/components/ui/Notice';

/** History is unavailable: the balance is real, the breakdown cannot be shown. */
export function BalanceOnlyNotice() {
  const { t } = useTexts();
  return (
    <Notice tone="info" title={t('popup.balanceOnly.title')}>
      {t('popup.balanceOnly.body')}
    </Notice>
  );
}

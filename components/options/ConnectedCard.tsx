import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { MUTED_CLASS } from './field-styles';
import { useTexts } from './texts';

export interface ConnectedCardProps {
  /** The token's last characters, for the masked display; null if unknown. */
  tokenHint: string | null;
  /** The balance the token sees and when it was fetched; null before the first fetch. */
  balance: { credits: number; fetchedAt: number } | null;
  /** AgentPMT refused the token on the last refresh. */
  rejected?: boolean;
  now: number;
  /** Erases the token and every trace of the account; rejects when that failed. */
  onDisconnect: () => Promise<void>;
}

/** What a connected token shows: the masked token, its balance, and Disconnect (confirmed first). */
export function ConnectedCard({ tokenHint, balance, rejected = false, now, onDisconnect }: ConnectedCardProps) {
  const texts = useTexts();
  const { t } = texts;
  const [step, setStep] = useState<'idle' | 'confirm' | 'pending' | 'failed'>('idle');
  const questionId = useId();
  const actions = useRef<HTMLDivElement>(null);
  const focusAfter = useRef(false);

  useEffect(() => {
    if (!focusAfter.current) return;
    const target = step === 'confirm' ? '[data-focus="cancel"]' : step === 'pending' ? null : '[data-focus="disconnect"]';
    if (target) actions.current?.querySelector<HTMLElement>(target)?.focus();
  }, [step]);

  function go(next: typeof step) {
    focusAfter.current = true;
    setStep(next);
  }

  async function disconnect() {
    go('pending');
    try {
      await onDisconnect();
    } catch {
      go('failed');
    }
  }

  return (
    <div className="space-y-4">
      <p className="inline-flex items-center gap-2 text-sm font-semibold text-emerald-800 dark:text-emerald-300">
        <span aria-hidden="true" className="size-2 rounded-full bg-current" />
        {t('options.connected.status')}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className={MUTED_CLASS}>{t('options.connected.token')}</dt>
        <dd className="font-mono">{t('options.connected.tokenMasked', { hint: tokenHint ?? '' })}</dd>
        <dt className={MUTED_CLASS}>{t('options.connected.balance')}</dt>
        <dd>
          {balance === null ? (
            <span className={MUTED_CLASS}>{t('options.connected.balancePending')}</span>
          ) : (
            <>
              <span data-testid="connected-balance" className="font-semibold tabular-nums">
                {t('options.connected.balanceValue', {
                  credits: texts.tp('credits', balance.credits),
                  dollars: texts.usd(balance.credits),
                })}
              </span>
              <span className={`block text-xs ${MUTED_CLASS}`}>
                {t('options.connected.updated', { time: texts.relative(balance.fetchedAt, now) })}
              </span>
            </>
          )}
        </dd>
      </dl>
      {rejected && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {t('options.connected.rejected')}
        </p>
      )}
      <div ref={actions}>
      {step === 'confirm' || step === 'pending' ? (
        <div role="group" aria-labelledby={questionId} className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3 dark:border-red-800 dark:bg-red-950">
          <p id={questionId} className="text-sm text-red-950 dark:text-red-100">
            {t('options.connected.confirmQuestion')}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="primary"
              className="bg-red-700 hover:bg-red-800 aria-disabled:opacity-60"
              aria-disabled={step === 'pending'}
              onClick={() => step === 'confirm' && void disconnect()}
            >
              {t('options.connected.confirm')}
            </Button>
            <Button data-focus="cancel" onClick={() => step === 'confirm' && go('idle')}>
              {t('options.connected.cancel')}
            </Button>
            <span role="status" className="text-sm text-red-950 dark:text-red-100">
              {step === 'pending' ? t('options.connected.disconnecting') : ''}
            </span>
          </div>
        </div>
      ) : (
        <div className="space-y-2">
          <Button data-focus="disconnect" onClick={() => go('confirm')}>
            {t('options.connected.disconnect')}
          </Button>
          {step === 'failed' && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {t('options.connected.disconnectFailed')}
            </p>
          )}
        </div>
      )}
      </div>
    </div>
  );
}

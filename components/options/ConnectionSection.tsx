import { useEffect, useId, useRef, useState } from 'react';
import type { PageActions } from '@/lib/query/commands';
import { useStored } from '@/lib/query/stored-query';
import { useNow } from '@/lib/query/use-now';
import { snapshotItem, type Connection } from '@/lib/storage/items';
import { ConnectForm } from './ConnectForm';
import { ConnectedCard } from './ConnectedCard';
import { isTokenRejected } from '@/lib/query/panel-status';
import { readConnectOutcome } from './connect-outcome';
import { CARD_CLASS } from './field-styles';
import { useTexts } from './texts';

/**
 * Connect and disconnect. The page never sees the stored token: it sends the pasted one
 * to the background and shows the non-secret connection facts the background stores.
 * After either action, focus moves to the section heading so keyboard users keep their place.
 */
export function ConnectionSection({ connection, actions }: { connection: Connection; actions: PageActions }) {
  const { t } = useTexts();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [notice, setNotice] = useState(false);
  const snapshot = useStored(snapshotItem).data ?? null;
  const now = useNow();

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [connection.connected]);

  async function connect(token: string) {
    moved.current = true;
    const outcome = await actions.send({ type: 'connectToken', token }).then(readConnectOutcome, () => readConnectOutcome(null));
    if (outcome.ok) setNotice(false);
    else moved.current = false;
    return outcome;
  }

  async function disconnect() {
    moved.current = true;
    const answer = await actions.send({ type: 'disconnect' }).catch(() => null);
    const done = typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === true;
    if (!done) {
      moved.current = false;
      throw new Error('Disconnect failed');
    }
    setNotice(true);
  }

  const rejected = snapshot?.lastError ? isTokenRejected(snapshot.lastError.kind) : false;
  return (
    <section aria-labelledby={headingId} className={CARD_CLASS}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {t('options.connect.heading')}
      </h2>
      <div className="mt-4">
        {connection.connected ? (
          <ConnectedCard
            tokenHint={connection.tokenHint}
            balance={snapshot ? { credits: snapshot.balance.balance, fetchedAt: snapshot.fetchedAt } : null}
            rejected={rejected}
            now={now}
            onDisconnect={disconnect}
          />
        ) : (
          <div className="space-y-4">
            {notice && (
              <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
                {t('options.disconnected.notice')}
              </p>
            )}
            <ConnectForm onConnect={connect} />
          </div>
        )}
      </div>
    </section>
  );
}

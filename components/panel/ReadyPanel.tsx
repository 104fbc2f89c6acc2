import { lazy, startTransition, Suspense, useEffect, useMemo, useState } from 'react';
import { summarize } from '@/lib/ledger/summary';
import { refreshBlockOf, type PanelStatus } from '@/lib/panel-status';
import { BalanceHeader } from '@/components/balance/BalanceHeader';
import { chartGapMs } from '@/components/insights/chart-geometry';
import { LotsSection } from '@/components/lots/LotsSection';
import { BalanceOnlyNotice } from '@/components/states/BalanceOnlyNotice';
import { ProblemNotice } from '@/components/states/ProblemNotice';
import { RunawayBanner } from '@/components/spend/RunawayBanner';
import type { HourSpend } from '@/lib/ledger/spend-track';
import { useTexts } from '@/components/ui/i18n';
import { Skeleton } from '@/components/ui/Skeleton';
import { Tabs } from '@/components/ui/Tabs';
import type { CreditsPanelProps, PanelTab } from './panel-props';

// The activity list (and its virtualiser) and the insights (chart, forecasts) are loaded
// once the panel has painted, so the balance paints without them. Tabs switch in a
// transition: the current tab stays until the next one is ready, instead of flashing a
// placeholder.
const loadActivity = () => import('@/components/activity/ActivitySection');
const ActivitySection = lazy(() => loadActivity().then((m) => ({ default: m.ActivitySection })));
const loadInsights = () => import('@/components/insights/InsightsSection');
const InsightsSection = lazy(() => loadInsights().then((m) => ({ default: m.InsightsSection })));
const loadSpend = () => import('@/components/spend/SpendSections');
const SpendSections = lazy(() => loadSpend().then((m) => ({ default: m.SpendSections })));
const loadLaterTabs = () => Promise.all([loadActivity(), loadInsights(), loadSpend()]);
const NO_HOURS: readonly HourSpend[] = [];

function preloadWhenIdle(load: () => Promise<unknown>): () => void {
  const run = () => void load().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}

type ReadyStatus = Extract<PanelStatus, { kind: 'ready' }>;

/** The panel with data: problem notice, header, and the lots, activity and insights tabs. */
export function ReadyPanel(props: CreditsPanelProps & { status: ReadyStatus }) {
  const { status, samples, settings, now, compact = false, initialTab = 'lots', episode = null } = props;
  const { snapshot, problem, balanceOnly } = status;
  const { t, num } = useTexts();
  const [tab, setTab] = useState<PanelTab>(initialTab);
  const [tool, setTool] = useState<string | null>(props.initialTool ?? null);
  useEffect(() => preloadWhenIdle(loadLaterTabs), []);
  const summary = useMemo(
    () =>
      summarize({
        balance: snapshot.balance,
        grants: balanceOnly ? null : snapshot.grants,
        transactions: balanceOnly ? null : snapshot.transactions,
        now,
        expiryWindows: settings.expiryWindows,
      }),
    [snapshot, balanceOnly, now, settings.expiryWindows],
  );
  const pad = compact ? 'px-3 py-2' : 'px-4 py-3';
  const tabs = [
    { id: 'lots', label: t('popup.tab.lots'), badge: summary.hasLots ? num(summary.lots.length) : undefined },
    { id: 'activity', label: t('popup.tab.activity') },
    { id: 'insights', label: t('popup.tab.insights') },
  ] as const;
  return (
    <div className="flex h-full flex-col">
      {episode && (
        <RunawayBanner
          episode={episode}
          compact={compact}
          onShowActivity={() => {
            setTool(episode.tool);
            startTransition(() => setTab('activity'));
          }}
        />
      )}
      {problem && (
        <div className={`shrink-0 ${compact ? 'px-3 pt-3' : 'px-4 pt-3'}`}>
          <ProblemNotice problem={problem} fetchedAt={snapshot.fetchedAt} now={now} onOpenSettings={props.onOpenSettings} />
        </div>
      )}
      <BalanceHeader
        summary={summary}
        fetchedAt={snapshot.fetchedAt}
        stale={problem !== null}
        failedAt={snapshot.lastError ? snapshot.lastAttemptAt : null}
        now={now}
        isRefreshing={props.isRefreshing}
        refreshBlock={refreshBlockOf(status, now)}
        onRefresh={props.onRefresh}
        onBuy={props.onBuy}
        compact={compact}
      />
      <Tabs
        label={t('popup.tabs.label')}
        tabs={tabs}
        selected={tab}
        onSelect={(next) => startTransition(() => setTab(next))}
        compact={compact}
        className="flex min-h-0 flex-1 flex-col"
        panelClassName={`min-h-0 flex-1 ${pad} ${tab === 'activity' && !balanceOnly ? 'flex flex-col' : 'overflow-y-auto'}`}
      >
        {/* One boundary for every tab, mounted once: a tab switch (a transition) then keeps the
            current tab until the next is ready, and never flashes the fallback. */}
        <Suspense fallback={<Skeleton className="h-40 w-full" />}>
          {tab === 'lots' && (balanceOnly ? <BalanceOnlyNotice /> : <LotsSection summary={summary} />)}
          {tab === 'activity' &&
            (balanceOnly ? (
              <BalanceOnlyNotice />
            ) : (
              <ActivitySection transactions={snapshot.transactions ?? []} dropped={snapshot.dropped} now={now} tool={tool} onTool={setTool} />
            ))}
          {tab === 'insights' && (
            <div className="space-y-3">
              <InsightsSection summary={summary} samples={samples} gapMs={chartGapMs(settings.refreshMinutes)} />
              <Suspense fallback={<Skeleton className="h-24 w-full" />}>
                <SpendSections
                  transactions={balanceOnly ? null : (snapshot.transactions ?? [])}
                  hours={props.spendHours ?? NO_HOURS}
                  now={now}
                  budgets={{ day: settings.dailyBudget, month: settings.monthlyBudget }}
                  onOpenSettings={props.onOpenSettings}
                />
              </Suspense>
            </div>
          )}
        </Suspense>
      </Tabs>
    </div>
  );
}

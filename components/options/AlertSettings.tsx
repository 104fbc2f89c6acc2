import { Fragment, type ReactNode } from 'react';
import { ALERT_KINDS, type AlertKind } from '@/lib/alerts/kinds';
import { SETTING_LIMITS, type Settings } from '@/lib/storage/settings';
import { ListSetting } from './ListSetting';
import { NumberSetting } from './NumberSetting';
import { OptionsSection } from './OptionsSection';
import { SwitchSetting } from './SwitchSetting';
import { useTexts } from './texts';
import type { SaveSettings } from './use-field-save';

const SUB_FIELDS = 'ml-7 space-y-3 border-l-2 border-zinc-200 pl-4 dark:border-zinc-700';

/**
 * Each alert on or off (one switch per kind of the alert table, in its order), with the
 * numbers that decide when it fires under the kinds that have any.
 */
export function AlertSettings({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const texts = useTexts();
  const { t } = texts;
  const subFields: Partial<Record<AlertKind, ReactNode>> = {
    lowBalance: (
      <NumberSetting
        label={t('options.alerts.lowBalanceThreshold')}
        value={settings.lowBalanceThreshold}
        limits={SETTING_LIMITS.lowBalanceThreshold}
        patch={(value) => ({ lowBalanceThreshold: value })}
        save={save}
        describe={(value) =>
          t('options.alerts.thresholdDollars', {
            credits: texts.num(value ?? settings.lowBalanceThreshold),
            dollars: texts.usd(value ?? settings.lowBalanceThreshold),
          })
        }
      />
    ),
    lowRunway: (
      <NumberSetting
        label={t('options.alerts.lowRunwayDays')}
        value={settings.lowRunwayDays}
        limits={SETTING_LIMITS.lowRunwayDays}
        patch={(value) => ({ lowRunwayDays: value })}
        save={save}
      />
    ),
    runaway: (
      <>
        <NumberSetting
          label={t('options.alerts.runawaySensitivity')}
          value={settings.runawaySensitivity}
          limits={SETTING_LIMITS.runawaySensitivity}
          patch={(value) => ({ runawaySensitivity: value })}
          save={save}
        />
        <NumberSetting
          label={t('options.alerts.runawayMinimum')}
          value={settings.runawayMinimum}
          limits={SETTING_LIMITS.runawayMinimum}
          patch={(value) => ({ runawayMinimum: value })}
          save={save}
        />
      </>
    ),
    budget: (
      <>
        <NumberSetting
          label={t('options.alerts.dailyBudget')}
          value={settings.dailyBudget}
          limits={SETTING_LIMITS.budget}
          patch={(value) => ({ dailyBudget: value })}
          clear={() => ({ dailyBudget: null })}
          save={save}
        />
        <NumberSetting
          label={t('options.alerts.monthlyBudget')}
          value={settings.monthlyBudget}
          limits={SETTING_LIMITS.budget}
          patch={(value) => ({ monthlyBudget: value })}
          clear={() => ({ monthlyBudget: null })}
          save={save}
        />
      </>
    ),
    expiring: (
      <ListSetting
        label={t('options.alerts.expiryWindows')}
        hint={t('options.alerts.expiryWindowsHint')}
        value={settings.expiryWindows}
        patch={(value) => ({ expiryWindows: value })}
        save={save}
      />
    ),
  };
  return (
    <OptionsSection title={t('options.alerts.heading')} intro={t('options.alerts.intro')}>
      {ALERT_KINDS.map((kind) => {
        const toggle = (
          <SwitchSetting
            label={t(`options.alerts.${kind}`)}
            checked={settings.alerts[kind]}
            patch={(on) => ({ alerts: { [kind]: on } })}
            save={save}
          />
        );
        const sub = subFields[kind];
        if (sub === undefined) return <Fragment key={kind}>{toggle}</Fragment>;
        return (
          <div key={kind} className="space-y-3">
            {toggle}
            <div className={SUB_FIELDS}>{sub}</div>
          </div>
        );
      })}
    </OptionsSection>
  );
}

import { SETTING_LIMITS } from '@/lib/storage/defaults';
import type { Settings } from '@/lib/storage/settings';
import { ListSetting } from './ListSetting';
import { NumberSetting } from './NumberSetting';
import { OptionsSection } from './OptionsSection';
import { SwitchSetting } from './SwitchSetting';
import { useTexts } from './texts';
import type { SaveSettings } from './use-field-save';

type AlertKey = keyof Settings['alerts'];

const SUB_FIELDS = 'ml-7 border-l-2 border-zinc-200 pl-4 dark:border-zinc-700';

/** Each alert on or off, with the numbers that decide when it fires. */
export function AlertSettings({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const texts = useTexts();
  const { t } = texts;
  const toggle = (key: AlertKey, label: string) => (
    <SwitchSetting label={label} checked={settings.alerts[key]} patch={(on) => ({ alerts: { [key]: on } })} save={save} />
  );
  return (
    <OptionsSection title={t('options.alerts.heading')} intro={t('options.alerts.intro')}>
      <div className="space-y-3">
        {toggle('lowBalance', t('options.alerts.lowBalance'))}
        <div className={SUB_FIELDS}>
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
        </div>
      </div>
      <div className="space-y-3">
        {toggle('lowRunway', t('options.alerts.lowRunway'))}
        <div className={SUB_FIELDS}>
          <NumberSetting
            label={t('options.alerts.lowRunwayDays')}
            value={settings.lowRunwayDays}
            limits={SETTING_LIMITS.lowRunwayDays}
            patch={(value) => ({ lowRunwayDays: value })}
            save={save}
          />
        </div>
      </div>
      {toggle('empty', t('options.alerts.empty'))}
      <div className="space-y-3">
        {toggle('expiring', t('options.alerts.expiring'))}
        <div className={SUB_FIELDS}>
          <ListSetting
            label={t('options.alerts.expiryWindows')}
            hint={t('options.alerts.expiryWindowsHint')}
            value={settings.expiryWindows}
            patch={(value) => ({ expiryWindows: value })}
            save={save}
          />
        </div>
      </div>
      {toggle('topUp', t('options.alerts.topUp'))}
      {toggle('tokenRejected', t('options.alerts.tokenRejected'))}
    </OptionsSection>
  );
}

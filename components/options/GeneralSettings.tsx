import { SETTING_LIMITS } from '@/lib/storage/defaults';
import type { Settings } from '@/lib/storage/settings';
import { ChoiceSetting } from './ChoiceSetting';
import { NumberSetting } from './NumberSetting';
import { OptionsSection } from './OptionsSection';
import { SwitchSetting } from './SwitchSetting';
import { useTexts } from './texts';
import type { SaveSettings } from './use-field-save';

/**
 * Refresh interval, toolbar badge, theme and the agentpmt.com widget (in Firefox, with why
 * it is off until turned on).
 */
export function GeneralSettings({ settings, save, firefox = import.meta.env.FIREFOX }: { settings: Settings; save: SaveSettings; firefox?: boolean }) {
  const { t } = useTexts();
  return (
    <OptionsSection title={t('options.general.heading')}>
      <NumberSetting
        label={t('options.general.refreshMinutes')}
        value={settings.refreshMinutes}
        limits={SETTING_LIMITS.refreshMinutes}
        patch={(value) => ({ refreshMinutes: value })}
        save={save}
      />
      <ChoiceSetting
        legend={t('options.general.badgeMode')}
        value={settings.badgeMode}
        choices={[
          { value: 'credits', label: t('options.general.badge.credits') },
          { value: 'dollars', label: t('options.general.badge.dollars') },
          { value: 'off', label: t('options.general.badge.off') },
        ]}
        patch={(value) => ({ badgeMode: value })}
        save={save}
      />
      <ChoiceSetting
        legend={t('options.general.theme')}
        value={settings.theme}
        choices={[
          { value: 'system', label: t('options.general.theme.system') },
          { value: 'light', label: t('options.general.theme.light') },
          { value: 'dark', label: t('options.general.theme.dark') },
        ]}
        patch={(value) => ({ theme: value })}
        save={save}
      />
      <SwitchSetting
        label={t('options.general.widget')}
        checked={settings.widgetEnabled}
        patch={(on) => ({ widgetEnabled: on })}
        save={save}
        note={firefox ? t('options.general.widgetFirefox') : undefined}
      />
    </OptionsSection>
  );
}

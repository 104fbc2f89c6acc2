import { useState } from 'react';
import { SettingsValidationError, type SettingsPatch } from '@/lib/query/settings-query';
import { settingIssueText } from './setting-issue-text';
import { useTexts } from './texts';

/** Saves a settings patch; rejects with `SettingsValidationError` when a value is refused. */
export type SaveSettings = (patch: SettingsPatch) => Promise<unknown>;

export type FieldStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

/**
 * The save state of one field: saving, saved (the visible confirmation) or the reason a
 * value was refused. `fail` reports a problem found before saving (an unreadable list).
 */
export function useFieldSave(save: SaveSettings) {
  const texts = useTexts();
  const [status, setStatus] = useState<FieldStatus>({ kind: 'idle' });

  async function run(patch: SettingsPatch): Promise<boolean> {
    setStatus({ kind: 'saving' });
    try {
      await save(patch);
      setStatus({ kind: 'saved' });
      return true;
    } catch (error) {
      const message =
        error instanceof SettingsValidationError
          ? settingIssueText(texts, error.issue)
          : texts.t('options.field.error.storage');
      setStatus({ kind: 'error', message });
      return false;
    }
  }

  return {
    status,
    run,
    fail: (message: string) => setStatus({ kind: 'error', message }),
    reset: () => setStatus({ kind: 'idle' }),
  };
}

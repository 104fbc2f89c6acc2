import { useId } from 'react';
import type { SettingsPatch } from '@/lib/query/settings-query';
import { FieldStatusText } from './FieldStatusText';
import { CHOICE_CLASS, MUTED_CLASS } from './field-styles';
import { useFieldSave, type SaveSettings } from './use-field-save';

export interface SwitchSettingProps {
  label: string;
  checked: boolean;
  patch: (checked: boolean) => SettingsPatch;
  save: SaveSettings;
  /** A sentence below the switch that describes it. */
  note?: string;
}

/** An on/off setting, saved as soon as it is switched. */
export function SwitchSetting({ label, checked, patch, save, note }: SwitchSettingProps) {
  const id = useId();
  const field = useFieldSave(save);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        onChange={(event) => void field.run(patch(event.target.checked))}
        aria-describedby={note ? `${id}-status ${id}-note` : `${id}-status`}
        className={CHOICE_CLASS}
      />
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <FieldStatusText id={id} status={field.status} />
      {note && (
        <p id={`${id}-note`} className={`basis-full text-sm ${MUTED_CLASS}`}>
          {note}
        </p>
      )}
    </div>
  );
}

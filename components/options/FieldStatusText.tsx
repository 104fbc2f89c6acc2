import { useTexts } from './texts';
import type { FieldStatus } from './use-field-save';

/**
 * A field's save confirmation (a polite live region, so "Saved" is announced) and, when a
 * value was refused, the reason (an alert).
 */
export function FieldStatusText({ id, status }: { id: string; status: FieldStatus }) {
  const { t } = useTexts();
  return (
    <>
      <span id={`${id}-status`} role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
        {status.kind === 'saved' ? t('options.field.saved') : status.kind === 'saving' ? t('options.field.saving') : ''}
      </span>
      {status.kind === 'error' && (
        <p id={`${id}-error`} role="alert" className="basis-full text-sm text-red-700 dark:text-red-300">
          {status.message}
        </p>
      )}
    </>
  );
}

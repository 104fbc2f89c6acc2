import type { ReactNode } from 'react';
import { FieldStatusText } from './FieldStatusText';
import { INPUT_CLASS, MUTED_CLASS } from './field-styles';
import type { FieldStatus } from './use-field-save';

export interface TextFieldProps {
  id: string;
  label: string;
  draft: string;
  onDraft: (draft: string) => void;
  /** Checks and saves the draft: on blur and on Enter. */
  onCommit: () => void;
  status: FieldStatus;
  inputMode?: 'numeric' | 'text';
  hint: ReactNode;
  /** More text under the hint. */
  extra?: ReactNode;
}

/** The labelled input of a typed setting, with its hint, save status and error, all described. */
export function TextField({ id, label, draft, onDraft, onCommit, status, inputMode, hint, extra }: TextFieldProps) {
  const describedBy = [`${id}-hint`, extra && `${id}-extra`, `${id}-status`, status.kind === 'error' && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={draft}
          onChange={(event) => onDraft(event.target.value)}
          onBlur={onCommit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onCommit();
          }}
          aria-invalid={status.kind === 'error'}
          aria-describedby={describedBy}
          className={`${INPUT_CLASS} max-w-40 tabular-nums`}
        />
        <FieldStatusText id={id} status={status} />
      </div>
      <p id={`${id}-hint`} className={`text-xs ${MUTED_CLASS}`}>
        {hint}
      </p>
      {extra && (
        <p id={`${id}-extra`} className={`text-xs ${MUTED_CLASS}`}>
          {extra}
        </p>
      )}
    </div>
  );
}

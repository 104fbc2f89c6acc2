import { useId } from 'react';
import { FOCUS_RING } from '@/components/ui/Button';
import { cleanText } from '@/components/activity/clean-text';
import { useTexts } from '@/components/ui/i18n';

/** Tool names are cut to this many characters in the list. */
const MAX_OPTION_CHARS = 60;

/** Picks one tool to filter the activity by, or all of them. */
export function ToolFilter({ tools, value, onChange }: { tools: readonly string[]; value: string | null; onChange: (tool: string | null) => void }) {
  const { t } = useTexts();
  const id = useId();
  const all = '\u0000all';
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-zinc-600 dark:text-zinc-300">
        {t('popup.activity.filter')}
      </label>
      <select
        id={id}
        value={value ?? all}
        onChange={(event) => onChange(event.target.value === all ? null : event.target.value)}
        className={`min-w-0 flex-1 rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-800 ${FOCUS_RING}`}
      >
        <option value={all}>{t('popup.activity.allTools')}</option>
        {tools.map((tool) => (
          <option key={tool} value={tool}>
            {cleanText(tool, MAX_OPTION_CHARS) || t('popup.activity.unnamedTool')}
          </option>
        ))}
      </select>
    </div>
  );
}

import type { SettingIssue } from '@/lib/query/settings-query';
import type { OptionsTexts } from './texts';

/** Explains a refused setting in the user's language, with its bounds formatted for the locale. */
export function settingIssueText(texts: OptionsTexts, issue: SettingIssue): string {
  const bounds = { min: texts.num(issue.min ?? 0), max: texts.num(issue.max ?? 0) };
  switch (issue.code) {
    case 'not_whole_number':
      return texts.t('options.field.error.notWholeNumber', bounds);
    case 'out_of_range':
      return texts.t('options.field.error.outOfRange', bounds);
    case 'too_many':
      return texts.t('options.field.error.tooMany', { max: bounds.max });
    case 'invalid':
      return texts.t('options.field.error.invalid');
  }
}

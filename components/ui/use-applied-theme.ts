import { useLayoutEffect } from 'react';
import { applyTheme, type ThemeSetting } from '@/lib/theme';

/** Applies the theme setting to the page before it paints, and follows the system while `system`. */
export function useAppliedTheme(setting: ThemeSetting): void {
  useLayoutEffect(() => applyTheme(setting), [setting]);
}

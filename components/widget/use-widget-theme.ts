import { useLayoutEffect } from 'react';
import { FRAME_COLOR_SCHEME } from '@/lib/content/frame-styles';
import { applyTheme, type ThemeSetting } from '@/lib/theme';

/** Follows the theme setting like the popup, with the frame's fixed colour scheme (see `FRAME_COLOR_SCHEME`). */
export function useWidgetTheme(setting: ThemeSetting): void {
  useLayoutEffect(() => applyTheme(setting, document, { colorScheme: FRAME_COLOR_SCHEME }), [setting]);
}

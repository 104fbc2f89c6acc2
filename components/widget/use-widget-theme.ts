import { useLayoutEffect } from 'react';
import { isDark, type ThemeSetting } from '@/lib/theme';

/**
 * Follows the theme setting with Tailwind's `dark` class, like the popup, but keeps the
 * document's colour scheme at `light dark`, the value the content script gives the frame:
 * a frame whose colour scheme differs from its embedder's gets an opaque backdrop, and the
 * widget's frame must stay transparent around the pill and the panel.
 */
export function useWidgetTheme(setting: ThemeSetting): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const update = () => root.classList.toggle('dark', isDark(setting, media?.matches ?? false));
    root.style.colorScheme = 'light dark';
    update();
    media?.addEventListener('change', update);
    return () => media?.removeEventListener('change', update);
  }, [setting]);
}

export type ThemeSetting = 'system' | 'light' | 'dark';

/** Whether a page should be dark, given the setting and the system preference. */
export function isDark(setting: ThemeSetting, systemDark: boolean): boolean {
  return setting === 'dark' || (setting === 'system' && systemDark);
}

/**
 * Applies the theme to a document (Tailwind's `dark` class and `color-scheme`) and
 * follows system changes while the setting is `system`. `colorScheme` fixes the
 * document's colour scheme instead (the widget frame's must match its embedder's).
 * Returns a function that stops following.
 */
export function applyTheme(setting: ThemeSetting, doc: Document = document, { colorScheme }: { colorScheme?: string } = {}): () => void {
  const query = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  const update = () => {
    const dark = isDark(setting, query?.matches ?? false);
    doc.documentElement.classList.toggle('dark', dark);
    doc.documentElement.style.colorScheme = colorScheme ?? (dark ? 'dark' : 'light');
  };
  update();
  query?.addEventListener('change', update);
  return () => query?.removeEventListener('change', update);
}

import { useLayoutEffect } from 'react';
import { useTexts } from './i18n';

function setLang(locale: string): void {
  document.documentElement.lang = locale;
}

/** Sets the page's `lang` to the locale its text is in, for screen readers and hyphenation. */
export function useDocumentLang(): void {
  const { locale } = useTexts();
  useLayoutEffect(() => setLang(locale), [locale]);
}

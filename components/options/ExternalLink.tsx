import type { ReactNode } from 'react';
import { FOCUS_RING } from '@/components/ui/Button';
import { useTexts } from './texts';

/**
 * A link to an allow-listed AgentPMT page, opened in a new tab without an opener or a
 * referrer (XSS-3). Renders nothing when the URL did not pass the allowlist.
 */
export function ExternalLink({ href, children }: { href: string | null; children: ReactNode }) {
  const { t } = useTexts();
  if (href === null) return null;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={`rounded font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200 ${FOCUS_RING}`}
    >
      {children}
      <span className="sr-only"> {t('options.link.newTab')}</span>
    </a>
  );
}

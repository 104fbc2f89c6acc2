import { useId } from 'react';
import { linkFor } from '@/lib/links';
import { ExternalLink } from './ExternalLink';
import { CARD_CLASS, MUTED_CLASS } from './field-styles';
import { useTexts } from './texts';

/** The first-run welcome: what the token is, where to find it, and how to get help. */
export function Welcome() {
  const { t } = useTexts();
  const headingId = useId();
  const path = [t('options.welcome.path.controlCenter'), t('options.welcome.path.agentGroups'), t('options.welcome.path.showToken')];
  return (
    <section aria-labelledby={headingId} className={`${CARD_CLASS} space-y-3`}>
      <h2 id={headingId} className="text-xl font-semibold">
        {t('options.welcome.heading')}
      </h2>
      <p>{t('options.welcome.intro')}</p>
      <h3 className="pt-1 font-semibold">{t('options.welcome.tokenHeading')}</h3>
      <p className="text-sm">{t('options.welcome.tokenWhat')}</p>
      <div className="text-sm">
        <p>{t('options.welcome.tokenWhere')}</p>
        <ol className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 font-medium">
          {path.map((step, index) => (
            <li key={step} className="inline-flex items-center gap-2">
              {index > 0 && <span aria-hidden="true">→</span>}
              <span className="rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">{step}</span>
            </li>
          ))}
        </ol>
      </div>
      <p className={`text-sm ${MUTED_CLASS}`}>{t('options.welcome.tokenCare')}</p>
      <p className="text-sm">{t('options.welcome.storage')}</p>
      <p className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <ExternalLink href={linkFor('buy')}>{t('options.welcome.openDashboard')}</ExternalLink>
        <ExternalLink href={linkFor('help')}>{t('options.welcome.help')}</ExternalLink>
      </p>
    </section>
  );
}

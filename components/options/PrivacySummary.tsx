import { MUTED_CLASS } from './field-styles';
import { OptionsSection } from './OptionsSection';
import { useTexts } from './texts';

/** The short version of PRIVACY.md: what is stored, where it goes, and what is not done. */
export function PrivacySummary() {
  const { t } = useTexts();
  const points = [
    t('options.privacy.stores'),
    t('options.privacy.sends'),
    t('options.privacy.sync'),
    t('options.privacy.none'),
    t('options.privacy.erase'),
  ];
  return (
    <OptionsSection title={t('options.privacy.heading')}>
      <ul className={`list-disc space-y-1.5 pl-5 text-sm ${MUTED_CLASS}`}>
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </OptionsSection>
  );
}

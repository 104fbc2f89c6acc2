import { useId, type ReactNode } from 'react';
import { CARD_CLASS, MUTED_CLASS } from './field-styles';

/** A titled card of the options page; its heading names the region for screen readers. */
export function OptionsSection({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={CARD_CLASS}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {intro && <p className={`mt-1 text-sm ${MUTED_CLASS}`}>{intro}</p>}
      <div className="mt-4 space-y-5">{children}</div>
    </section>
  );
}

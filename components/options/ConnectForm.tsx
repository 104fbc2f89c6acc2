import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { connectErrorText } from './connect-error-text';
import type { ConnectOutcome } from './connect-outcome';
import { INPUT_CLASS, MUTED_CLASS } from './field-styles';
import { useTexts } from './texts';
import { checkTokenFormat } from '@/lib/token-format';

export interface ConnectFormProps {
  /** Sends a well-formed token to be checked and saved; resolves with the outcome. */
  onConnect: (token: string) => Promise<ConnectOutcome>;
  /** The clock, for dating a rate limit's next try. */
  clock?: () => number;
}

/**
 * The token field and the Connect button. The token is trimmed and checked for format
 * here first, so a malformed paste never leaves the page; the background then checks it
 * with one balance request before saving it.
 */
export function ConnectForm({ onConnect, clock = Date.now }: ConnectFormProps) {
  const texts = useTexts();
  const { t } = texts;
  const id = useId();
  const [value, setValue] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const check = checkTokenFormat(value);
    if (!check.ok) {
      setError(t(check.reason === 'empty' ? 'options.connect.error.empty' : 'options.connect.error.malformed'));
      return;
    }
    setPending(true);
    setError(null);
    const outcome = await onConnect(check.token).catch((): ConnectOutcome => ({ ok: false, error: { kind: 'internal' } }));
    setPending(false);
    if (outcome.ok) setValue('');
    else setError(connectErrorText(texts, outcome.error, clock()));
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={`${id}-token`} className="block text-sm font-medium">
          {t('options.connect.label')}
        </label>
        <p id={hintId} className={`text-sm ${MUTED_CLASS}`}>
          {t('options.connect.hint')}
        </p>
        <input
          id={`${id}-token`}
          type="password"
          name="agent-group-token"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
          className={`${INPUT_CLASS} font-mono`}
        />
      </div>
      {error !== null && (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" aria-disabled={pending} className="aria-disabled:opacity-60">
          {t('options.connect.submit')}
        </Button>
        <span id={`${id}-pending`} role="status" className={`text-sm ${MUTED_CLASS}`}>
          {pending ? t('options.connect.checking') : ''}
        </span>
      </div>
    </form>
  );
}

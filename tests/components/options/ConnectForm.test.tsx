/** @vitest-environment happy-dom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ConnectForm } from '@/components/options/ConnectForm';
import type { ConnectOutcome, ConnectProblem } from '@/components/options/connect-outcome';
import { DE, EN, renderOptions } from '@/tests/helpers/render-options';

const TOKEN = 'apmt_test_0123456789abcdef';
const NOW = Date.UTC(2026, 5, 15, 12, 0);

function setup(outcome: ConnectOutcome | Promise<ConnectOutcome> = { ok: true }, languages?: string[]) {
  const onConnect = vi.fn((_token: string) => Promise.resolve(outcome));
  const view = renderOptions(<ConnectForm onConnect={onConnect} clock={() => NOW} />, languages);
  const field = screen.getByLabelText(languages ? DE.t('options.connect.label') : EN.t('options.connect.label'));
  return { ...view, onConnect, field };
}

async function submit(field: HTMLElement, text: string) {
  fireEvent.input(field, { target: { value: text } });
  fireEvent.submit(field.closest('form')!);
}

describe('ConnectForm', () => {
  it('labels a password field that the browser does not autofill', () => {
    const { field } = setup();

    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).toHaveAccessibleDescription(EN.t('options.connect.hint'));
    expect(screen.getByRole('button', { name: 'Connect' })).toBeInTheDocument();
  });

  it('sends the trimmed token and clears the field once connected', async () => {
    const { field, onConnect } = setup({ ok: true });

    await submit(field, `  ${TOKEN}\n`);

    await waitFor(() => expect(field).toHaveValue(''));
    expect(onConnect).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['', 'options.connect.error.empty'],
    ['short', 'options.connect.error.malformed'],
    ['apmt test 0123456789abcdef', 'options.connect.error.malformed'],
  ] as const)('refuses %j without sending it', async (text, key) => {
    const { field, onConnect } = setup();

    await submit(field, text);

    expect(await screen.findByRole('alert')).toHaveTextContent(EN.t(key));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(`${EN.t('options.connect.hint')} ${EN.t(key)}`);
    expect(onConnect).not.toHaveBeenCalled();
  });

  it.each<[ConnectProblem, string]>([
    [{ kind: 'unauthorized', status: 401 }, EN.t('options.connect.error.unauthorized')],
    [{ kind: 'forbidden', status: 403 }, EN.t('options.connect.error.forbidden')],
    [{ kind: 'rate_limited', retryAt: NOW + 5 * 60_000 }, EN.t('options.connect.error.rateLimitedAt', { time: 'in 5 minutes' })],
    [{ kind: 'rate_limited', retryAt: null }, EN.t('options.connect.error.rateLimited')],
    [{ kind: 'rate_limited', retryAt: NOW + 10_000 }, EN.t('options.connect.error.rateLimited')],
    [{ kind: 'network' }, EN.t('options.connect.error.network')],
    [{ kind: 'timeout' }, EN.t('options.connect.error.timeout')],
    [{ kind: 'server', status: 503 }, EN.t('options.connect.error.server', { status: 503 })],
    [{ kind: 'server' }, EN.t('options.connect.error.serverNoStatus')],
    [{ kind: 'invalid_response' }, EN.t('options.connect.error.unexpected')],
    [{ kind: 'unavailable', status: 404 }, EN.t('options.connect.error.unexpected')],
    [{ kind: 'bad_token' }, EN.t('options.connect.error.malformed')],
    [{ kind: 'storage' }, EN.t('options.connect.error.storage')],
    [{ kind: 'internal' }, EN.t('options.connect.error.internal')],
  ])('explains %j and keeps the token for another try', async (error, message) => {
    const { field } = setup({ ok: false, error });

    await submit(field, TOKEN);

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(field).toHaveValue(TOKEN);
  });

  it('says that the rate limit ends "in 5 minutes" in the user language', async () => {
    const { field } = setup({ ok: false, error: { kind: 'rate_limited', retryAt: NOW + 5 * 60_000 } }, ['de-DE']);

    await submit(field, TOKEN);

    expect(await screen.findByRole('alert')).toHaveTextContent('Versuchen Sie es in 5 Minuten erneut.');
  });

  it('reports a failed command as an internal error', async () => {
    const onConnect = vi.fn(() => Promise.reject(new Error('Could not establish connection')));
    renderOptions(<ConnectForm onConnect={onConnect} />);

    await submit(screen.getByLabelText('Agent Group token'), TOKEN);

    expect(await screen.findByRole('alert')).toHaveTextContent(EN.t('options.connect.error.internal'));
  });

  it('shows that the token is being checked and ignores a second submit meanwhile', async () => {
    let finish: (outcome: ConnectOutcome) => void = () => undefined;
    const { field, onConnect } = setup(new Promise<ConnectOutcome>((resolve) => (finish = resolve)));

    await submit(field, TOKEN);
    fireEvent.submit(field.closest('form')!);

    expect(await screen.findByText(EN.t('options.connect.checking'))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connect' })).toHaveAttribute('aria-disabled', 'true');
    expect(onConnect).toHaveBeenCalledTimes(1);
    finish({ ok: true });
    await waitFor(() => expect(screen.queryByText(EN.t('options.connect.checking'))).not.toBeInTheDocument());
  });

  it('works with the keyboard alone: type, then Enter', async () => {
    const user = userEvent.setup();
    const { field, onConnect } = setup();

    await user.tab();
    expect(field).toHaveFocus();
    await user.keyboard(`${TOKEN}{Enter}`);

    await waitFor(() => expect(onConnect).toHaveBeenCalledWith(TOKEN));
  });

  it('never sends a token that holds CR, LF, NUL or a space', async () => {
    const onConnect = vi.fn((_token: string) => Promise.resolve<ConnectOutcome>({ ok: true }));
    const { unmount } = renderOptions(<ConnectForm onConnect={onConnect} />);
    const field = screen.getByLabelText('Agent Group token');
    const dangerous = fc
      .tuple(fc.string(), fc.constantFrom('\r', '\n', '\0', ' ', '\r\n'), fc.string())
      .map(([head, bad, tail]) => `${head}${bad}${tail}`);

    await fc.assert(
      fc.asyncProperty(fc.oneof(dangerous, fc.string({ maxLength: 40 })), async (text) => {
        onConnect.mockClear();
        await submit(field, text);
        await waitFor(() => expect(screen.getByRole('button', { name: 'Connect' })).toHaveAttribute('aria-disabled', 'false'));
        for (const [sent] of onConnect.mock.calls) expect(sent).toMatch(/^[A-Za-z0-9._~+/=-]{16,512}$/);
      }),
      { numRuns: 150 },
    );
    unmount();
  });
});

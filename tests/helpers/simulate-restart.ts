import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settle } from '@/tests/helpers/background-harness';

/** Every event the background listens to. */
export function backgroundEvents() {
  return {
    'runtime.onInstalled': fakeBrowser.runtime.onInstalled,
    'runtime.onStartup': fakeBrowser.runtime.onStartup,
    'runtime.onMessage': fakeBrowser.runtime.onMessage,
    'alarms.onAlarm': fakeBrowser.alarms.onAlarm,
    'notifications.onClicked': fakeBrowser.notifications.onClicked,
    'notifications.onButtonClicked': fakeBrowser.notifications.onButtonClicked,
    'storage.onChanged': fakeBrowser.storage.onChanged,
  };
}

/** Imports the background entry point on a fresh module graph and runs its `main`, as a worker start does. */
export async function startBackground(): Promise<void> {
  vi.resetModules();
  const { default: background } = await import('@/entrypoints/background');
  background.main();
  await settle(10);
}

/**
 * A service-worker restart (docs/ARCHITECTURE.md; docs/SECURITY.md, SWL-1 and SWL-2):
 * every listener dropped, every module re-imported (so module state is lost), `main` run
 * again; storage and alarms are kept, as the browser keeps them.
 */
export async function simulateRestart(): Promise<void> {
  for (const event of Object.values(backgroundEvents())) event.removeAllListeners();
  await startBackground();
}

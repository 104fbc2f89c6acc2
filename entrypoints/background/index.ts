import { browser, defineBackground } from '#imports';
import { createBackground } from '@/lib/background/controller';

/**
 * The service worker: the only part of the extension that talks to the network. Every
 * listener is registered synchronously, before any await (SWL-1); the handlers live in
 * `lib/background` and re-read their state from storage on each event.
 */
export default defineBackground(() => {
  const background = createBackground();

  browser.runtime.onInstalled.addListener(background.onInstalled);
  browser.runtime.onStartup.addListener(background.onStartup);
  browser.runtime.onMessage.addListener(background.onMessage);
  browser.alarms.onAlarm.addListener(background.onAlarm);
  browser.notifications.onClicked.addListener(background.onNotificationClicked);
  // Firefox has no notification buttons and may lack the event.
  browser.notifications.onButtonClicked?.addListener(background.onNotificationButtonClicked);
  browser.storage.onChanged.addListener(background.onStorageChanged);

  background.onWake();
});

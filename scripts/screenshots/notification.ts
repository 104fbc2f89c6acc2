/** The options the background passed to `notifications.create`, as captured in the worker. */
export interface CapturedNotification {
  id: string;
  options: { title: string; message: string; iconUrl?: string; buttons?: Array<{ title: string }>; contextMessage?: string };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An HTML rendering of a notification as Chromium draws it on Linux: app name and origin,
 * icon, title, message and the buttons, from the exact options the extension created it with.
 */
export function notificationHtml(n: CapturedNotification, { appName, iconDataUrl, dark }: { appName: string; iconDataUrl: string; dark: boolean }): string {
  const { title, message, buttons = [] } = n.options;
  const [bg, fg, muted, line] = dark ? ['#292a2d', '#e8eaed', '#9aa0a6', '#3c4043'] : ['#ffffff', '#202124', '#5f6368', '#dadce0'];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px; background: ${dark ? '#202124' : '#f1f3f4'}; font: 13px/1.4 system-ui, sans-serif; }
  .n { width: 360px; background: ${bg}; color: ${fg}; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.3); overflow: hidden; }
  .head { display: flex; gap: 6px; align-items: center; padding: 10px 14px 0; color: ${muted}; font-size: 12px; }
  .body { display: flex; gap: 12px; padding: 8px 14px 12px; }
  .body img { width: 40px; height: 40px; }
  .title { font-weight: 600; margin-bottom: 2px; }
  .buttons { display: flex; border-top: 1px solid ${line}; }
  .buttons span { flex: 1; padding: 10px 14px; color: ${dark ? '#8ab4f8' : '#1a73e8'}; font-weight: 500; text-transform: uppercase; font-size: 12px; }
  .buttons span + span { border-left: 1px solid ${line}; }
  </style></head><body><div class="n" role="alert">
  <div class="head"><img src="${iconDataUrl}" width="14" height="14" alt=""> ${escape(appName)} · Chromium</div>
  <div class="body"><div style="flex:1"><div class="title">${escape(title)}</div><div>${escape(message)}</div></div><img src="${iconDataUrl}" alt=""></div>
  ${buttons.length > 0 ? `<div class="buttons">${buttons.map((b) => `<span>${escape(b.title)}</span>`).join('')}</div>` : ''}
  </div></body></html>`;
}

/** A 1280×800 store screenshot: a headline and a picture on a soft background. */
export function storeShotHtml({ headline, text, imageDataUrl, dark }: { headline: string; text: string; imageDataUrl: string; dark: boolean }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1280px; height: 800px; display: flex; align-items: center; gap: 64px; padding: 0 88px; box-sizing: border-box;
    background: ${dark ? 'linear-gradient(135deg,#0f172a,#1e293b)' : 'linear-gradient(135deg,#eef2ff,#f8fafc)'}; color: ${dark ? '#f1f5f9' : '#0f172a'};
    font-family: system-ui, sans-serif; }
  h1 { font-size: 44px; line-height: 1.15; margin: 0 0 20px; } p { font-size: 22px; line-height: 1.5; margin: 0; opacity: .85; }
  img { max-height: 700px; max-width: 620px; border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.25); }
  </style></head><body><div style="flex:1"><h1>${escape(headline)}</h1><p>${escape(text)}</p></div><img src="${imageDataUrl}" alt=""></body></html>`;
}

/** The 440×280 promo tile: icon, name and the one-line pitch. */
export function promoTileHtml({ name, pitch, iconDataUrl }: { name: string; pitch: string; iconDataUrl: string }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 440px; height: 280px; box-sizing: border-box; padding: 32px; display: flex; flex-direction: column; justify-content: center; gap: 14px;
    background: linear-gradient(135deg,#312e81,#0f766e); color: white; font-family: system-ui, sans-serif; }
  .row { display: flex; align-items: center; gap: 14px; } img { width: 64px; height: 64px; }
  h1 { font-size: 30px; margin: 0; } p { font-size: 17px; line-height: 1.4; margin: 0; opacity: .92; }
  </style></head><body><div class="row"><img src="${iconDataUrl}" alt=""><h1>${escape(name)}</h1></div><p>${escape(pitch)}</p></body></html>`;
}

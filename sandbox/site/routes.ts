import type { IncomingMessage, ServerResponse } from 'node:http';
import { send, sendHtml } from '../http';
import { dashboardPage } from './dashboard';
import { contentPage, homePage, noNavPage, notFoundPage } from './pages';
import { spaPage } from './spa';

const CONTENT_SECTIONS = ['/marketplace', '/docs', '/pricing'];
const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

/** Serves the mock AgentPMT website. Every URL in it is relative, so it works under any origin. */
export function handleSite(req: IncomingMessage, res: ServerResponse, url: URL): void {
  const path = url.pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
  if (path === '/favicon.ico') return send(res, 204, '');
  if (path === '/') return sendHtml(res, 200, homePage());
  if (path === '/dashboard') return sendHtml(res, 200, dashboardPage());
  if (path === '/no-nav') return sendHtml(res, 200, noNavPage());
  if (under(path, '/spa')) return sendHtml(res, 200, spaPage());
  if (CONTENT_SECTIONS.some((section) => under(path, section))) return sendHtml(res, 200, contentPage(path));
  sendHtml(res, 404, notFoundPage(path));
}

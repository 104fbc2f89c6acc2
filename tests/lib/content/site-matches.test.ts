import { describe, expect, it } from 'vitest';
import { matchPatternFor, SITE_MATCHES, siteMatches } from '@/lib/content/site-matches';

describe('site match patterns', () => {
  it('are exactly the two AgentPMT origins in production', () => {
    expect(siteMatches()).toEqual(['https://www.agentpmt.com/*', 'https://agentpmt.com/*']);
    expect(siteMatches('')).toEqual([...SITE_MATCHES]);
  });

  it('add the sandbox site, without its port, in the sandbox build', () => {
    expect(siteMatches('http://localhost:8787')).toEqual([...SITE_MATCHES, 'http://localhost/*']);
  });

  it.each([
    ['http://localhost:8787', 'http://localhost/*'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1/*'],
    ['https://www.agentpmt.com', 'https://www.agentpmt.com/*'],
  ])('%s → %s', (origin, expected) => {
    expect(matchPatternFor(origin)).toBe(expected);
  });

  it.each(['localhost:8787', 'file:///tmp/x', 'chrome-extension://abc'])('refuse %s', (origin) => {
    expect(() => matchPatternFor(origin)).toThrow(TypeError);
  });
});

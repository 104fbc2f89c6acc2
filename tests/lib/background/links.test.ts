import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityHash, ALLOWED_LINK_ORIGINS, isAllowedLink, LINKS, linkFor, toolFromHash } from '@/lib/links';

describe('links', () => {
  it('builds the buy and help pages on the AgentPMT site', () => {
    expect(LINKS).toEqual({
      buy: 'https://www.agentpmt.com/dashboard',
      help: 'https://www.agentpmt.com/docs/payments-and-billing/how-to-buy-credits',
    });
    expect(linkFor('buy')).toBe(LINKS.buy);
    expect(ALLOWED_LINK_ORIGINS).toEqual(['https://www.agentpmt.com', 'https://agentpmt.com']);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://www.agentpmt.com/dashboard',
    'https://agentpmt.com.evil.example/',
    'https://agentpmt.com@evil.example/',
    'https://user:pass@www.agentpmt.com/',
    'https://evil.example/?https://www.agentpmt.com',
    'https://www.agentpmt.com:8443/',
    '//www.agentpmt.com/',
    ' javascript:alert(1)',
    `https://www.agentpmt.com/${'a'.repeat(3000)}`,
    '',
  ])('rejects %s', (url) => {
    expect(isAllowedLink(url)).toBe(false);
  });

  it.each(['https://www.agentpmt.com/dashboard', 'https://agentpmt.com/docs', 'HTTPS://WWW.AGENTPMT.COM/x', 'https://www.agentpmt.com:443/x'])('accepts %s', (url) => {
    expect(isAllowedLink(url)).toBe(true);
  });

  it('accepts a URL only if it parses to an allowed https origin', () => {
    const tricky = fc.tuple(
      fc.constantFrom('https:', 'HTTPS:', 'http:', 'javascript:', ' https:', 'ht\ttps:', 'data:'),
      fc.constantFrom('//', '/', '\\\\', '//user@', '//a:b@'),
      fc.constantFrom('www.agentpmt.com', 'agentpmt.com', 'agentpmt.com.', 'xn--agentpmt-9za.com', 'evil.example', 'www.agentpmt.com.evil.example', 'AgentPMT.com'),
      fc.constantFrom('', ':443', ':8080', '%2F', '\\'),
      fc.webPath(),
    ).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(tricky, fc.webUrl(), fc.string()), (url) => {
        if (!isAllowedLink(url)) return;
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(ALLOWED_LINK_ORIGINS).toContain(parsed.origin);
        expect(parsed.username + parsed.password).toBe('');
      }),
    );
  });
});

describe('the activity link', () => {
  it.each([
    [null, '#activity'],
    ['scrape-page', '#activity/scrape-page'],
    ['Web Scraper / v2', '#activity/Web%20Scraper%20%2F%20v2'],
  ])('%s ⇄ %s', (tool, hash) => {
    expect(activityHash(tool)).toBe(hash);
    expect(toolFromHash(hash)).toBe(tool);
  });

  it('reads no tool from other hashes or broken escapes', () => {
    expect(toolFromHash('#lots')).toBeNull();
    expect(toolFromHash('#activity/%E0%A4%A')).toBeNull();
  });
});

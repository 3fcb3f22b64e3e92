import { describe, expect, it } from 'vitest';
import { webLink as clientWebLink } from '../../client/model/web-link.ts';
import { webLink as serverWebLink } from '../../server/web-link.ts';

describe.each([
  ['client', clientWebLink],
  ['server', serverWebLink],
])('webLink (%s)', (_side, webLink) => {
  it('keeps http and https pages, as the browser parses them', () => {
    expect(webLink('https://example.org/talk?a=1#x')).toBe('https://example.org/talk?a=1#x');
    expect(webLink('HTTP://Example.org')).toBe('http://example.org/');
    expect(webLink(' https://example.org/a b ')).toBe('https://example.org/a%20b');
  });

  it.each([
    'javascript:alert(document.domain)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'not a url',
    '',
  ])('drops %j', (url) => {
    expect(webLink(url)).toBeNull();
  });

  it('drops a missing url', () => {
    expect(webLink(null)).toBeNull();
    expect(webLink(undefined)).toBeNull();
  });
});

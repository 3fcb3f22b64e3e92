/**
 * A talk's page from its note's front matter, when it is a web page: http(s) only, normalised
 * as a browser parses it. A `javascript:` or `data:` URL from a hostile note becomes null, so no
 * client ever renders it as a link.
 */
export function webLink(url: string | null | undefined): string | null {
  if (!url) {
    return null;
  }
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

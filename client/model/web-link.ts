/**
 * A link from the data (a talk's page) as it may become an `href`: http(s) only, as the browser
 * would parse it; anything else (javascript:, data:, a relative path) is no link. The server
 * already drops them (Talk.url); this holds for any other source of a URL too.
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

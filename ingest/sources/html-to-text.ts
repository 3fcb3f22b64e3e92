import { type DomNode, type FormatCallback, type HtmlToTextOptions, htmlToText } from 'html-to-text';
import { flattenDeepHtml } from './flatten-deep-html.ts';

/**
 * The readable text of an HTML page: the main content only (main / article when the page has
 * them), headings kept as `#` lines so the talk splitter sees them, links as their text,
 * images, navigation, headers, footers, sidebars, scripts and forms dropped. Pages nested
 * deeper than MAX_HTML_DEPTH are flattened first: the conversion recurses once per level.
 */
export function htmlToPlainText(page: string): string {
  const html = flattenDeepHtml(page);
  const text = htmlToText(html, optionsFor(html))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Pages whose content has no top heading name their talk (and its speaker) in <title> only.
  const title = /^#\s/m.test(text) ? null : pageTitle(html);
  return title && text.length > 0 ? `# ${title}\n\n${text}` : text;
}

/** The page's <title> without the site name a template appends ("Talk title | Site"). */
export function pageTitle(html: string): string | null {
  const raw = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (!raw) {
    return null;
  }
  const title = htmlToText(raw, { wordwrap: false }).replace(/\s+/g, ' ').trim();
  const parts = title.split(/\s+[|·»]\s+/);
  const main = parts.length > 1 ? parts.slice(0, -1).join(' | ') : title;
  return main.length > 0 ? main : null;
}

const SKIPPED = [
  'nav',
  'footer',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'iframe',
  'svg',
  'canvas',
  'img',
  'picture',
  'video',
  'audio',
  '[role=navigation]',
  '[role=banner]',
  '[role=contentinfo]',
  '[aria-hidden=true]',
  '[hidden]',
  // Reader comments, share bars and cookie banners: a comment is not the speaker's story.
  '[class^=comment]',
  '[class~=comments]',
  '[class~=comment-list]',
  '[id^=comment]',
  '#disqus_thread',
  '[class^=share]',
  '[class~=share]',
  // Theme furniture inside the main column: the blog's author card, related posts, pager.
  '[class*=sidebar]',
  '[class*=related]',
  '[class*=__share]',
  '[class*=pagination]',
  '[id^=cookie]',
  '[class^=cookie]',
];

/** A heading as a markdown `#` line; headings are not upper-cased (the default would). */
const markdownHeading: FormatCallback = (elem, walk, builder) => {
  const level = Number(/^h([1-6])$/.exec(elem.name ?? '')?.[1] ?? '1');
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral(`${'#'.repeat(level)} `);
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 2 });
};

/** A post's own header holds its title and date; only the page's header is furniture. */
const contentHeader: FormatCallback = (elem, walk, builder) => {
  let node: DomNode | null | undefined = elem.parent;
  while (node) {
    if (node.name === 'article' || node.name === 'main') {
      builder.openBlock({ leadingLineBreaks: 1 });
      walk(elem.children, builder);
      builder.closeBlock({ trailingLineBreaks: 1 });
      return;
    }
    node = node.parent;
  }
};

function optionsFor(html: string): HtmlToTextOptions {
  return {
    wordwrap: false,
    baseElements: { selectors: [mainSelector(html)], returnDomByDefault: true },
    formatters: { markdownHeading, contentHeader },
    selectors: [
      ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, format: 'markdownHeading' })),
      { selector: 'header', format: 'contentHeader' },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'ul', options: { itemPrefix: '- ' } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  };
}

/** Where the content is: main, else the articles (a blog index has several), else the body. */
function mainSelector(html: string): string {
  if (/<main[\s>]/i.test(html)) {
    return 'main';
  }
  if (/role\s*=\s*["']?main\b/i.test(html)) {
    return '[role=main]';
  }
  return /<article[\s>]/i.test(html) ? 'article' : 'body';
}

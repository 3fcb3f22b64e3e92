import { type DomNode, type FormatCallback, type HtmlToTextOptions, htmlToText } from 'html-to-text';

/**
 * The readable text of an HTML page: the main content only (main / article when the page has
 * them), headings kept as `#` lines so the talk splitter sees them, links as their text,
 * images, navigation, headers, footers, sidebars, scripts and forms dropped.
 */
export function htmlToPlainText(html: string): string {
  return htmlToText(html, optionsFor(html))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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

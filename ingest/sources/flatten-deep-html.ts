/**
 * Caps how deeply an HTML page nests before it is parsed. html-to-text walks the DOM
 * recursively (a few thousand levels overflow the stack) and htmlparser2 grows quadratic on
 * deep pages (100,000 nested <div>s: 10 s to parse, then a crash). No readable page nests
 * hundreds of levels, so tags past the cap are dropped and their text kept: block tags become
 * line breaks, inline ones vanish, script and style go with their content.
 *
 * The scan is one linear pass of a small tokenizer, not a parser: it tracks the open elements
 * as htmlparser2 would for what matters here (void elements, `/>` only inside svg or math, the
 * end tags that p, li, td… may omit, raw-text elements) and leaves any page within the cap
 * untouched, byte for byte.
 */

/** Deep enough for any real page (they rarely pass 60), shallow enough for the recursion. */
export const MAX_HTML_DEPTH = 256;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/**
 * html-to-text indents and re-lays out each list or table level over everything inside it:
 * 128 nested lists around 50,000 lines took 17 s and made 38 MB of text. Real pages nest
 * lists a few levels; past this many, list and table tags are dropped like too-deep ones.
 */
export const MAX_LIST_DEPTH = 16;

const LAYOUT = new Set(['ul', 'ol', 'dl', 'menu', 'table', 'blockquote']);

/** The parts of a list or table: dropped with the list or table they are in. */
const LAYOUT_PARTS = new Set(['li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption']);

/** An open element of these names is closed by opening one of the listed names. */
const CLOSED_BY: Record<string, Set<string>> = {
  p: BLOCK,
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  tr: new Set(['tr']),
  td: new Set(['td', 'th', 'tr']),
  th: new Set(['td', 'th', 'tr']),
  option: new Set(['option', 'optgroup']),
};

/** The page with tags nested past `maxDepth` dropped; the same string when none is. */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const stack: string[] = [];
  /** Open list and table elements, by the same rules as the stack; and dropped ones. */
  let layout = 0;
  let droppedLayout = 0;
  /** Open tags dropped and not yet closed, by name: their end tags are dropped too. */
  const dropped = new Map<string, number>();
  let foreign = 0;
  const out: string[] = [];
  let copied = 0;
  /** Where the last line break put for dropped tags ends: a run of them is one break. */
  let breakEnd = -1;
  const replace = (from: number, to: number, text: string) => {
    const inRun = from === breakEnd;
    out.push(html.slice(copied, from), inRun ? '' : text);
    if (inRun || text === '<br>') {
      breakEnd = to;
    }
    copied = to;
  };

  let at = html.indexOf('<');
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    const tag = readTag(html, at);
    if (tag === null) {
      break;
    }
    if (tag === undefined) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const { name, closing, end } = tag;
    let next = end;
    if (closing) {
      const pending = dropped.get(name) ?? 0;
      if (pending > 0) {
        dropped.set(name, pending - 1);
        droppedLayout -= LAYOUT.has(name) ? 1 : 0;
        replace(at, end, BLOCK.has(name) ? '<br>' : '');
      } else {
        const open = stack.lastIndexOf(name);
        if (open !== -1) {
          for (const closed of stack.splice(open)) {
            foreign -= closed === 'svg' || closed === 'math' ? 1 : 0;
            layout -= LAYOUT.has(closed) ? 1 : 0;
          }
        }
      }
    } else {
      while (CLOSED_BY[stack.at(-1) ?? '']?.has(name)) {
        stack.pop();
      }
      const tooDeep =
        stack.length >= maxDepth ||
        (LAYOUT.has(name) && layout >= MAX_LIST_DEPTH) ||
        (LAYOUT_PARTS.has(name) && droppedLayout > 0);
      const selfClosing = VOID.has(name) || (tag.selfClosing && foreign > 0);
      const rawEnd = RAW_TEXT.has(name) ? rawTextEnd(html, name, end) : end;
      if (selfClosing) {
        // Nothing to track.
      } else if (tooDeep) {
        if (rawEnd !== end) {
          // Script or style past the cap: dropped with its content and end tag.
          const close = readTag(html, rawEnd);
          next = close ? close.end : html.length;
          replace(at, next, '');
        } else {
          dropped.set(name, (dropped.get(name) ?? 0) + 1);
          droppedLayout += LAYOUT.has(name) ? 1 : 0;
          replace(at, end, BLOCK.has(name) ? '<br>' : '');
        }
      } else {
        stack.push(name);
        foreign += name === 'svg' || name === 'math' ? 1 : 0;
        layout += LAYOUT.has(name) ? 1 : 0;
        next = rawEnd;
      }
    }
    at = next >= html.length ? -1 : html.indexOf('<', next);
  }
  if (out.length === 0) {
    return html;
  }
  out.push(html.slice(copied));
  return out.join('');
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just past the `>`. */
  end: number;
}

/**
 * The tag starting at `at`; undefined when `<` does not open one (text, `<!doctype`), null
 * when the tag runs to the end of the page, where the parser drops it and nothing follows.
 */
function readTag(html: string, at: number): Tag | undefined | null {
  const closing = html[at + 1] === '/';
  const start = at + (closing ? 2 : 1);
  if (!/[A-Za-z]/.test(html[start] ?? '')) {
    return undefined;
  }
  let i = start + 1;
  while (i < html.length && /[\w:-]/.test(html[i] ?? '')) {
    i += 1;
  }
  const name = html.slice(start, i).toLowerCase();
  // Attributes up to `>`; a quote opens a value only right after `=`, as in the HTML tokenizer.
  let quote = '';
  let afterEquals = false;
  for (; i < html.length; i += 1) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) {
        quote = '';
        afterEquals = false;
      }
    } else if (ch === '>') {
      return { name, closing, selfClosing: html[i - 1] === '/', end: i + 1 };
    } else if ((ch === '"' || ch === "'") && afterEquals) {
      quote = ch;
    } else if (ch === '=') {
      afterEquals = true;
    } else if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f') {
      afterEquals = false;
    }
  }
  return null;
}

/** Where the end tag of a raw-text element opened before `from` starts (or the end of the page). */
function rawTextEnd(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}

type AttrValue = string | number | boolean | null | undefined;
type Handler = (event: never) => void;
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element: `on…` props become listeners, `true` an empty attribute, null/false/undefined
 * nothing. Text children are text nodes, so notes' contents are never parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, AttrValue | Handler> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value as unknown as EventListener);
    } else if (key === 'style' && typeof value === 'string') {
      // Through the CSSOM: the server's Content-Security-Policy refuses style attributes.
      element.style.cssText = value;
    } else if (value === true) {
      element.setAttribute(key, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(key, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      parent.append(child);
    }
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error(`#${id} is missing from index.html`);
  }
  return found as T;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small SVG of a node type's shape and colour, as the map draws it (legend, search, panel). */
export function shapeIcon(shape: string, color: string, size = 14): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('shape-icon');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHAPE_PATHS[shape] ?? SHAPE_PATHS['ellipse'] ?? '');
  path.setAttribute('fill', color);
  svg.append(path);
  return svg;
}

const SHAPE_PATHS: Record<string, string> = {
  ellipse: 'M10 2a8 8 0 1 0 0 16a8 8 0 1 0 0-16z',
  'round-rectangle': 'M5 3h10a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z',
  'round-triangle': 'M10 2.5l8 14.5H2z',
  hexagon: 'M5.5 2.5h9l4.5 7.5-4.5 7.5h-9L1 10z',
  diamond: 'M10 1l9 9-9 9-9-9z',
  star: 'M10 1.5l2.5 5.6 6 .6-4.6 4 1.4 6-5.3-3.2-5.3 3.2 1.4-6-4.6-4 6-.6z',
  barrel: 'M4 2h12q3 8 0 16H4q-3-8 0-16z',
  tag: 'M2 4h11l5 6-5 6H2z',
  rectangle: 'M3 4h14v12H3z',
};

/** Shows a transient message to screen readers and sighted users alike. */
export function announce(region: HTMLElement, text: string): void {
  region.textContent = text;
}

/** Saves a blob as a file through a temporary link (what a download button does). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

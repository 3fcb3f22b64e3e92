import type { TalkLink } from '../api/details-api.ts';
import type { EntityRef } from '../model/career-timeline.ts';
import { isNodeType } from '../model/graph.ts';
import { markTerms } from '../model/mark-terms.ts';
import { TYPE_LOOK } from '../model/node-types.ts';
import { webLink } from '../model/web-link.ts';
import { type Child, h, shapeIcon } from './dom.ts';

/** What a link inside the panel does: select that node (bringing it onto the map if needed). */
export type Open = (id: string) => void;

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'details-section' }, h('h3', {}, title), ...children);
}

/** A button that looks like a link and opens a node; the type's shape says what it is. */
export function nodeLink(
  ref: { id: string; name?: string; title?: string; type?: string },
  open: Open,
): HTMLButtonElement {
  const type = ref.type || typeFromId(ref.id);
  const look = type && isNodeType(type) ? TYPE_LOOK[type] : null;
  return h(
    'button',
    { type: 'button', class: 'node-link', 'data-id': ref.id, onclick: () => open(ref.id) },
    look ? shapeIcon(look.shape, look.color, 11) : null,
    h('span', {}, ref.name ?? ref.title ?? ref.id),
  );
}

/** Ids are `type:slug`: enough to pick an icon for a link when the API gave no type. */
function typeFromId(id: string): string | null {
  const prefix = id.split(':')[0] ?? '';
  const known: Record<string, string> = {
    person: 'Person',
    talk: 'Talk',
    decision: 'CareerDecision',
    institution: 'Institution',
    model: 'Model',
    topic: 'Topic',
    conference: 'Conference',
    dataset: 'Dataset',
    source: 'Source',
  };
  return known[prefix] ?? null;
}

export function chips(
  refs: readonly EntityRef[] | readonly { id: string; name: string }[],
  open: Open,
): HTMLElement {
  return h('div', { class: 'chips' }, ...refs.map((ref) => nodeLink(ref, open)));
}

/** A quoted snippet with the entity's names marked. */
export function evidence(text: string | null | undefined, terms: readonly string[] = []): HTMLElement | null {
  if (!text) {
    return null;
  }
  return h(
    'blockquote',
    { class: 'evidence', lang: 'ko' },
    ...markTerms(text, terms).map((s) => (s.match ? h('mark', {}, s.text) : s.text)),
  );
}

/** Where a talk comes from: its note (a node on the map) and its web page when the note has one. */
export function sourceLinks(talk: TalkLink, open: Open): HTMLElement | null {
  const parts: Child[] = [];
  if (talk.source) {
    parts.push(
      h(
        'button',
        { type: 'button', class: 'node-link source-link', onclick: () => open(talk.source?.id ?? '') },
        h('span', { class: 'source-label' }, 'note'),
        h('span', {}, talk.source.path),
      ),
    );
  }
  const href = webLink(talk.url);
  if (href) {
    parts.push(
      h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, '↗ original page'),
    );
  }
  return parts.length ? h('div', { class: 'source-links' }, ...parts) : null;
}

export function muted(text: string): HTMLElement {
  return h('p', { class: 'muted' }, text);
}

export function more(shown: number, total: number): HTMLElement | null {
  return total > shown ? muted(`…and ${total - shown} more`) : null;
}

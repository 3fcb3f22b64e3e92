import { type AppState, INITIAL_STATE, type RendererChoice, type View } from './app-state.ts';
import type { Expansion } from './explore.ts';
import { isNodeType, type NodeType } from './graph.ts';
import type { YearRange } from './time-range.ts';

const VIEWS: readonly View[] = ['map', 'career', 'flows'];
const RENDERERS: readonly RendererChoice[] = ['auto', 'canvas', 'webgl'];

/**
 * The state as a query string. Defaults are left out so a plain link stays plain; lists are
 * repeated parameters because ids may hold any character but the separators we pick.
 */
export function encodeState(state: AppState): string {
  const params = new URLSearchParams();
  if (state.node) {
    params.set('node', state.node);
  }
  if (state.view !== 'map') {
    params.set('view', state.view);
  }
  if (state.compare) {
    params.set('compare', state.compare);
  }
  if (state.hiddenTypes.length) {
    params.set('off', [...state.hiddenTypes].sort().join(','));
  }
  if (state.range) {
    params.set('years', encodeRange(state.range));
  }
  for (const expansion of state.explore.expanded) {
    params.append('x', encodeExpansion(expansion));
  }
  for (const id of state.explore.hidden) {
    params.append('hide', id);
  }
  if (state.path) {
    params.set('pathFrom', state.path.from);
    params.set('pathTo', state.path.to);
  }
  if (state.renderer !== 'auto') {
    params.set('renderer', state.renderer);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads a query string back; anything malformed falls back to the default rather than failing. */
export function decodeState(search: string): AppState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const renderer = params.get('renderer');
  const pathFrom = params.get('pathFrom');
  const pathTo = params.get('pathTo');
  return {
    node: params.get('node') || null,
    view: VIEWS.find((v) => v === view) ?? INITIAL_STATE.view,
    compare: params.get('compare') || null,
    hiddenTypes: decodeTypes(params.get('off') ?? ''),
    range: decodeRange(params.get('years') ?? ''),
    explore: {
      expanded: params.getAll('x').flatMap((text) => decodeExpansion(text) ?? []),
      hidden: params.getAll('hide').filter(Boolean),
    },
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
    renderer: RENDERERS.find((r) => r === renderer) ?? INITIAL_STATE.renderer,
  };
}

function encodeRange(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

function decodeRange(text: string): YearRange | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text);
  if (!match) {
    return null;
  }
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

function decodeTypes(text: string): NodeType[] {
  return [...new Set(text.split(',').filter(isNodeType))];
}

/** `id` for all neighbours, `id|Talk,Person` for some types: types never hold a `|`, ids might. */
function encodeExpansion(expansion: Expansion): string {
  return expansion.types ? `${expansion.id}|${expansion.types.join(',')}` : expansion.id;
}

function decodeExpansion(text: string): Expansion | null {
  const bar = text.lastIndexOf('|');
  if (bar < 0) {
    return text ? { id: text, types: null } : null;
  }
  const id = text.slice(0, bar);
  const types = decodeTypes(text.slice(bar + 1));
  return id && types.length ? { id, types } : null;
}

/**
 * What a link asked for that decodeState had to drop, in words for the user: a link that says
 * one thing and shows another (years=abc drawn as all years) must say so.
 */
export function urlCorrections(search: string): string[] {
  const params = new URLSearchParams(search);
  const notes: string[] = [];
  const years = params.get('years');
  if (years && !decodeRange(years)) {
    notes.push(`“years=${years}” is not a year or a range like 2015-2018: showing all years.`);
  }
  const off = params.get('off');
  const unknown = (off ?? '').split(',').filter((t) => t && !isNodeType(t));
  if (unknown.length) {
    notes.push(`Unknown type${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} ignored.`);
  }
  const view = params.get('view');
  if (view && !VIEWS.some((v) => v === view)) {
    notes.push(`Unknown view “${view}”: showing the map.`);
  }
  const renderer = params.get('renderer');
  if (renderer && !RENDERERS.some((r) => r === renderer)) {
    notes.push(`Unknown renderer “${renderer}”: choosing automatically.`);
  }
  if (Boolean(params.get('pathFrom')) !== Boolean(params.get('pathTo'))) {
    notes.push('A connection needs both ends (pathFrom and pathTo): ignored.');
  }
  return notes;
}

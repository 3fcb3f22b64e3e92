import type { AppState } from './app-state.ts';
import { collapse, expand, isExpanded } from './explore.ts';
import type { Fragment, GraphEdge, GraphNode, NodeMeta } from './graph.ts';
import type { Overview, OverviewTalk } from './overview.ts';

/** The API's `overview`: the graph summed up (server/schema/overview.ts). */
export interface OverviewSummary {
  talks: number;
  people: SummaryHub[];
  institutions: SummaryHub[];
  groups: { year: number | null; talks: number }[];
  links: {
    source: string;
    target: string | null;
    year: number | null;
    type: 'GAVE' | 'STEP' | 'AFFILIATED' | 'PLACED';
    weight: number;
  }[];
}

export interface SummaryHub {
  id: string;
  name: string;
  type: string;
  talks: number;
  steps: number;
}

/**
 * Up to this many talks the map opens on every talk, speaker and career step (a page or two):
 * read in full, it is more useful than a summary. Past it, on the summary.
 */
export const DETAIL_UP_TO = 150;

/** How many hubs of each kind the summary asks for: ~100 nodes, readable and laid out at once. */
export const SUMMARY_HUBS = 40;

/** Hubs this high in their kind keep a label when zoomed out; the others once zoomed in. */
const PRIMARY_HUBS = 12;

/** Years an institution is drawn beside (its busiest), when no person of the summary links it. */
const PLACED_YEARS = 2;

/** The prefix of a talk group's id: no node of the graph has it (graph ids are `type:slug`). */
const GROUP_PREFIX = 'talks-of:';

export function groupId(year: number | null): string {
  return `${GROUP_PREFIX}${year ?? 'undated'}`;
}

export function isGroupId(id: string): boolean {
  return id.startsWith(GROUP_PREFIX);
}

/** The year a group stands for (null: undated); undefined for any other id. */
export function groupYear(id: string): number | null | undefined {
  if (!isGroupId(id)) {
    return undefined;
  }
  const rest = id.slice(GROUP_PREFIX.length);
  return rest === 'undated' ? null : Number(rest);
}

/**
 * The first picture of a large graph: one node per year of talks (its size the talk count), the
 * most connected people and institutions, and the summary's links between them, their weight the
 * relationships each stands for. Labels by importance: the years and the top hubs first.
 */
export function buildSummary(summary: OverviewSummary): Overview {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const meta = new Map<string, NodeMeta>();
  for (const group of summary.groups) {
    const id = groupId(group.year);
    const when = group.year === null ? 'Undated' : String(group.year);
    nodes.push({ id, type: 'Talk', label: `${when} · ${group.talks} talk${group.talks === 1 ? '' : 's'}` });
    meta.set(id, { year: group.year, weight: group.talks, tier: 'primary', group: true });
  }
  for (const hubs of [summary.people, summary.institutions]) {
    hubs.forEach((hub, rank) => {
      const type = hub.type === 'Institution' ? 'Institution' : 'Person';
      nodes.push({ id: hub.id, type, label: hub.name });
      const tier = (rank < PRIMARY_HUBS ? 'primary' : 'secondary') as NodeMeta['tier'];
      meta.set(hub.id, { year: null, weight: hub.talks + hub.steps, tier });
    });
  }
  const drawn = new Set(nodes.map((n) => n.id));
  const placedBy = new Map<string, number>();
  // Heaviest first (as the API sends them): an institution is drawn by its busiest years only, or
  // forty places tied to every year pull the picture into one knot.
  const links = [...summary.links].sort((a, b) => b.weight - a.weight);
  for (const link of links) {
    const target = link.target ?? groupId(link.year);
    if (!drawn.has(link.source) || !drawn.has(target)) {
      continue;
    }
    if (link.type === 'PLACED') {
      const placed = placedBy.get(link.source) ?? 0;
      if (placed >= PLACED_YEARS) {
        continue;
      }
      placedBy.set(link.source, placed + 1);
    }
    edges.push({ source: link.source, target, type: link.type, weight: link.weight });
  }
  return { fragment: { nodes, edges }, meta };
}

/**
 * A talk group opened: its talks around it, each linked to the group and to its speakers (who
 * are hubs of the summary or come with the talk). `total` is the group's size: fewer talks
 * fetched than that makes the fragment truncated, to tell the user.
 */
export function groupTalks(
  id: string,
  talks: readonly OverviewTalk[],
  total: number,
): { fragment: Fragment; meta: Map<string, NodeMeta> } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const meta = new Map<string, NodeMeta>();
  for (const talk of talks) {
    nodes.push({ id: talk.id, type: 'Talk', label: talk.title });
    meta.set(talk.id, { year: talk.year });
    edges.push({ source: id, target: talk.id, type: 'IN_YEAR' });
    for (const speaker of talk.speakers) {
      nodes.push({ id: speaker.id, type: 'Person', label: speaker.name });
      edges.push({ source: talk.id, target: speaker.id, type: 'GIVEN_BY' });
    }
  }
  return { fragment: { nodes, edges, truncated: talks.length < total }, meta };
}

/**
 * A tap on a talk group: opens it (its talks come around it, and it is selected so the camera
 * frames them), or closes it when open. Undoable like any expansion.
 */
export function toggleGroup(state: AppState, id: string): AppState {
  return isExpanded(state.explore, id)
    ? { ...state, node: null, explore: collapse(state.explore, id) }
    : { ...state, node: id, explore: expand(state.explore, { id, types: null }) };
}

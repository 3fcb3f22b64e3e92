import { fetchDetails, type NodeDetails } from '../api/details-api.ts';
import {
  fetchNeighborhood,
  fetchOverviewTalks,
  fetchPath,
  fetchStats,
  fetchSummary,
  fetchYearTalks,
  type GraphStats,
} from '../api/graph-api.ts';
import { errorText } from '../api/graphql-client.ts';
import type { AppState, PathQuery } from '../model/app-state.ts';
import { type Expansion, expansionKey } from '../model/explore.ts';
import { EMPTY_FRAGMENT, type Fragment } from '../model/graph.ts';
import { buildOverview, type Overview } from '../model/overview.ts';
import {
  buildSummary,
  DETAIL_UP_TO,
  groupTalks,
  groupYear,
  SUMMARY_HUBS,
} from '../model/overview-summary.ts';

/** Details kept for this many nodes, the most recently asked for (a long session opens many). */
const DETAILS_KEPT = 200;

export function pathKey(path: PathQuery): string {
  return `path:${path.from}|${path.to}`;
}

/**
 * What was fetched: the overview, the stats, every expansion and path, cached by key, and the
 * details of the nodes the panel showed. Views read the API through here, not on their own.
 */
export class GraphData {
  overview: Overview = { fragment: EMPTY_FRAGMENT, meta: new Map() };
  stats: GraphStats | null = null;
  talkCount = 0;
  readonly cache = new Map<string, Fragment>();
  /** Each node's details (asked or arrived), by id: opening a node again asks the API nothing. */
  private readonly details = new Map<string, Promise<NodeDetails | null>>();
  /** Why a fragment could not be fetched, by key, so the user hears it once. */
  readonly failures = new Map<string, string>();
  /** What the last fetches left out (a neighbourhood cut at its limit), to tell the user. */
  notes: string[] = [];

  /** True when the map opened on the summary (talk groups and hubs), not on every talk. */
  summarised = false;
  /** People known to have career steps: every decider of a detailed map, the hubs of a summary. */
  deciders: { id: string; name: string }[] = [];

  /**
   * The first picture in one round trip: the summary, and the stats beside it. A small graph
   * (DETAIL_UP_TO talks) is then read in full, which is a page or two; `?overview=summary` keeps
   * the summary whatever the size, and `?overview=detail` reads every talk whatever the size.
   */
  async load(onProgress: (loaded: number, total: number) => void): Promise<void> {
    const asked = new URLSearchParams(location.search).get('overview');
    const [summary, stats] = await Promise.all([
      // A summary that fails (its first plan can outlast the query timeout on a cold, busy engine)
      // leaves the map as it was before there was one: every talk.
      fetchSummary(SUMMARY_HUBS).catch(() => null),
      fetchStats(),
    ]);
    this.stats = stats;
    this.summarised =
      summary !== null && (asked === 'summary' || (asked !== 'detail' && summary.talks > DETAIL_UP_TO));
    if (summary && this.summarised) {
      this.talkCount = summary.talks;
      this.overview = buildSummary(summary);
      this.deciders = summary.people.filter((p) => p.steps > 0).map((p) => ({ id: p.id, name: p.name }));
      return;
    }
    const talks = await fetchOverviewTalks(onProgress);
    this.overview = buildOverview(talks);
    this.talkCount = talks.length;
    const { fragment } = this.overview;
    const ids = new Set(fragment.edges.filter((e) => e.type === 'DECIDED').map((e) => e.source));
    this.deciders = fragment.nodes.filter((n) => ids.has(n.id)).map((n) => ({ id: n.id, name: n.label }));
  }

  /** Fetches what the state needs and the cache lacks; resolves to messages of what failed. */
  async ensure(state: AppState): Promise<string[]> {
    const jobs: Promise<string | null>[] = [];
    this.notes = [];
    for (const expansion of state.explore.expanded) {
      const key = expansionKey(expansion);
      const year = groupYear(expansion.id);
      if (year !== undefined) {
        if (!this.cache.has(key) && !this.failures.has(key)) {
          jobs.push(this.fetchGroup(key, expansion.id, year));
        }
        continue;
      }
      if (!this.cache.has(key) && !this.failures.has(key)) {
        jobs.push(
          this.fetchInto(
            key,
            () => fetchNeighborhood(expansion.id, expansion.types),
            `“${expansion.id}” is not in the graph.`,
            // The start node comes first in the API's elements.
            (f) =>
              `Only the nearest ${f.nodes.length - 1} neighbours of “${f.nodes[0]?.label ?? expansion.id}” are shown.`,
          ),
        );
      }
    }
    if (state.path && !this.cache.has(pathKey(state.path)) && !this.failures.has(pathKey(state.path))) {
      const { from, to } = state.path;
      jobs.push(
        this.fetchInto(
          pathKey(state.path),
          () => fetchPath(from, to),
          'One end of the connection is not in the graph.',
          () => 'There are several shortest connections; the map shows one.',
        ),
      );
    }
    const results = await Promise.all(jobs);
    return results.filter((r): r is string => r !== null);
  }

  /** A talk group opened: its talks (the first 100 of the year), their years kept for the time bar. */
  private async fetchGroup(key: string, id: string, year: number | null): Promise<string | null> {
    const total = this.overview.meta.get(id)?.weight ?? 0;
    return this.fetchInto(
      key,
      async () => {
        if (year === null) {
          // Talks without a date cannot be asked for by year: they are found by search.
          return { nodes: [], edges: [], truncated: total > 0 };
        }
        const { talks, total: count } = await fetchYearTalks(year);
        const opened = groupTalks(id, talks, count);
        for (const [talk, meta] of opened.meta) {
          this.overview.meta.set(talk, meta);
        }
        return opened.fragment;
      },
      'These talks are not in the graph.',
      (f) =>
        year === null
          ? 'Undated talks are not listed on the map: search finds them.'
          : `Only ${f.nodes.filter((n) => n.type === 'Talk').length} of the ${total} talks of ${year} are shown (by title).`,
    );
  }

  private async fetchInto(
    key: string,
    fetcher: () => Promise<Fragment | null>,
    missing: string,
    cut: (fragment: Fragment) => string,
  ): Promise<string | null> {
    try {
      const fragment = await fetcher();
      this.cache.set(key, fragment ?? EMPTY_FRAGMENT);
      if (fragment?.truncated) {
        this.notes.push(cut(fragment));
      }
      return fragment ? null : missing;
    } catch (error) {
      const message = errorText(error);
      this.failures.set(key, message);
      return message;
    }
  }

  /**
   * The details of a node for the panel: fetched once, and shared by callers that ask while it is
   * on its way. A failed fetch is not kept, so asking again (Retry, or opening the node again)
   * fetches again.
   */
  nodeDetails(id: string): Promise<NodeDetails | null> {
    const known = this.details.get(id);
    if (known) {
      // Most recently used last: the first entry is the one to drop.
      this.details.delete(id);
      this.details.set(id, known);
      return known;
    }
    const asked = fetchDetails(id);
    this.details.set(id, asked);
    asked.catch(() => {
      if (this.details.get(id) === asked) {
        this.details.delete(id);
      }
    });
    for (const old of this.details.keys()) {
      if (this.details.size <= DETAILS_KEPT) {
        break;
      }
      this.details.delete(old);
    }
    return asked;
  }

  pathFragment(path: PathQuery | null): Fragment | null {
    return path ? (this.cache.get(pathKey(path)) ?? null) : null;
  }

  /**
   * The expansions whose fetch failed, forgotten so that asking again fetches again: the state
   * drops them, so the panel offers Expand (not Collapse) for what never arrived.
   */
  takeFailedExpansions(state: AppState): Expansion[] {
    const failed = state.explore.expanded.filter((e) => this.failures.has(expansionKey(e)));
    for (const expansion of failed) {
      this.failures.delete(expansionKey(expansion));
    }
    return failed;
  }

  /** Lets a failed fetch be tried again (the Retry button). */
  forgetFailures(): void {
    this.failures.clear();
  }
}

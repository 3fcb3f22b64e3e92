import {
  fetchNeighborhood,
  fetchOverviewTalks,
  fetchPath,
  fetchStats,
  type GraphStats,
} from '../api/graph-api.ts';
import { errorText } from '../api/graphql-client.ts';
import type { AppState, PathQuery } from '../model/app-state.ts';
import { type Expansion, expansionKey } from '../model/explore.ts';
import { EMPTY_FRAGMENT, type Fragment } from '../model/graph.ts';
import { buildOverview, type Overview } from '../model/overview.ts';

export function pathKey(path: PathQuery): string {
  return `path:${path.from}|${path.to}`;
}

/** What was fetched: the overview, the stats, and every expansion and path, cached by key. */
export class GraphData {
  overview: Overview = { fragment: EMPTY_FRAGMENT, meta: new Map() };
  stats: GraphStats | null = null;
  talkCount = 0;
  readonly cache = new Map<string, Fragment>();
  /** Why a fragment could not be fetched, by key, so the user hears it once. */
  readonly failures = new Map<string, string>();
  /** What the last fetches left out (a neighbourhood cut at its limit), to tell the user. */
  notes: string[] = [];

  async load(onProgress: (loaded: number, total: number) => void): Promise<void> {
    const [talks, stats] = await Promise.all([fetchOverviewTalks(onProgress), fetchStats()]);
    this.overview = buildOverview(talks);
    this.talkCount = talks.length;
    this.stats = stats;
  }

  /** Fetches what the state needs and the cache lacks; resolves to messages of what failed. */
  async ensure(state: AppState): Promise<string[]> {
    const jobs: Promise<string | null>[] = [];
    this.notes = [];
    for (const expansion of state.explore.expanded) {
      const key = expansionKey(expansion);
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

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphql } from './graphql-client.ts';
import { mapStyle } from './map-style.ts';
import { type TalkSummary, talkElements } from './talk-elements.ts';

cytoscape.use(fcose);

const TALKS_QUERY = `query Talks($after: String) {
  talks(first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title date speakers { id name } } }
  }
}`;

interface TalksPage {
  talks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: TalkSummary }[];
  };
}

async function loadTalks(): Promise<TalkSummary[]> {
  const talks: TalkSummary[] = [];
  let after: string | null = null;
  do {
    const page: TalksPage = await graphql<TalksPage>(TALKS_QUERY, { after });
    talks.push(...page.talks.edges.map((e) => e.node));
    after = page.talks.pageInfo.hasNextPage ? page.talks.pageInfo.endCursor : null;
  } while (after);
  return talks;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error(`#${id} is missing from index.html`);
  }
  return found as T;
}

async function start(): Promise<void> {
  const summary = element('summary');
  const container = element('map');
  try {
    const talks = await loadTalks();
    summary.textContent = talks.length ? `${talks.length} talks` : 'No talks yet: run npm run ingest -- PATH';
    const list = element<HTMLOListElement>('talk-list');
    list.replaceChildren(
      ...talks.map((talk) => {
        const item = document.createElement('li');
        item.textContent = talk.title;
        const meta = document.createElement('small');
        meta.textContent = [talk.speakers.map((s) => s.name).join(', '), talk.date]
          .filter(Boolean)
          .join(' · ');
        item.append(meta);
        return item;
      }),
    );
    const cy = cytoscape({
      container,
      elements: talkElements(talks),
      style: mapStyle(),
      layout: { name: 'fcose', animate: false, randomize: true } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    container.dataset['nodes'] = String(cy.nodes().length);
    container.dataset['ready'] = 'true';
  } catch (error) {
    summary.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
    summary.classList.add('error');
    container.dataset['ready'] = 'error';
  }
}

void start();

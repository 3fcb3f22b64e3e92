import type { ElementDefinition } from 'cytoscape';

export interface TalkSummary {
  id: string;
  title: string;
  date: string | null;
  speakers: { id: string; name: string }[];
}

/** The one adapter from the app's data to Cytoscape elements: talks, their speakers, GIVEN_BY edges. */
export function talkElements(talks: TalkSummary[]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  for (const talk of talks) {
    nodes.set(talk.id, { group: 'nodes', data: { id: talk.id, label: talk.title, type: 'Talk' } });
    for (const speaker of talk.speakers) {
      nodes.set(speaker.id, {
        group: 'nodes',
        data: { id: speaker.id, label: speaker.name, type: 'Person' },
      });
      edges.push({
        group: 'edges',
        data: { id: `${talk.id}->${speaker.id}`, source: talk.id, target: speaker.id, type: 'GIVEN_BY' },
      });
    }
  }
  return [...nodes.values(), ...edges];
}

import type { NodeDetails } from '../api/details-api.ts';
import type { CareerStep } from '../model/career-timeline.ts';
import { kindName, TYPE_LOOK } from '../model/node-types.ts';
import { chips, evidence, more, muted, nodeLink, type Open, section, sourceLinks } from './details-parts.ts';
import { type Child, h } from './dom.ts';

/** The sections of the panel for a node, by what its type has. */
export function detailSections(details: NodeDetails, open: Open): Child[] {
  switch (details.type) {
    case 'Talk':
      return talkSections(details, open);
    case 'CareerDecision':
      return decisionSections(details, open);
    case 'Source':
      return sourceSections(details, open);
    case 'Person':
      return [...personSections(details, open), ...entitySections(details, open)];
    default:
      return entitySections(details, open);
  }
}

function talkSections(talk: NodeDetails, open: Open): Child[] {
  const facts = [talk.date ?? 'undated', talk.series, talk.language?.toUpperCase()]
    .filter(Boolean)
    .join(' · ');
  return [
    h('p', { class: 'facts' }, facts),
    sourceLinks(
      {
        id: talk.id,
        title: talk.title ?? '',
        date: talk.date ?? null,
        url: talk.url ?? null,
        source: talk.source ?? null,
      },
      open,
    ),
    section(
      'Speakers',
      talk.speakers?.length ? chips(talk.speakers, open) : muted('The note does not name a speaker.'),
    ),
    talk.decisions?.length ? section('Career steps told', stepList(talk.decisions, open, false)) : null,
    talk.mentions?.length ? section('Mentions', mentionGroups(talk, open)) : null,
    section('Related talks', relatedList(talk, open)),
  ];
}

/** Mentioned entities by type, most mentioned first, each with its count. */
function mentionGroups(talk: NodeDetails, open: Open): HTMLElement {
  const byType = new Map<string, NonNullable<NodeDetails['mentions']>>();
  for (const mention of talk.mentions ?? []) {
    byType.set(mention.entity.type, [...(byType.get(mention.entity.type) ?? []), mention]);
  }
  return h(
    'div',
    { class: 'mention-groups' },
    ...[...byType].map(([type, mentions]) =>
      h(
        'div',
        { class: 'mention-group' },
        h(
          'span',
          { class: 'mention-type' },
          type in TYPE_LOOK ? TYPE_LOOK[type as keyof typeof TYPE_LOOK].label : type,
        ),
        h(
          'div',
          { class: 'chips' },
          ...mentions.map((m) => {
            const link = nodeLink(m.entity, open);
            link.title = m.snippet ?? '';
            link.append(h('span', { class: 'count' }, `×${m.count}`));
            return link;
          }),
        ),
      ),
    ),
  );
}

function relatedList(talk: NodeDetails, open: Open): HTMLElement {
  const related = talk.relatedTalks ?? [];
  if (!related.length) {
    return muted('No related talks were found.');
  }
  return h(
    'ol',
    { class: 'related' },
    ...related.map((r) =>
      h(
        'li',
        {},
        h('div', { class: 'related-head' }, nodeLink({ ...r.talk, type: 'Talk' }, open), scoreBar(r.score)),
        h('div', { class: 'reasons' }, ...r.reasons.map((reason) => h('span', { class: 'reason' }, reason))),
        r.shared.length
          ? h('div', { class: 'shared' }, 'Both mention ', chips(r.shared.slice(0, 6), open))
          : null,
      ),
    ),
  );
}

function scoreBar(score: number): HTMLElement {
  const percent = Math.round(Math.max(0, Math.min(1, score)) * 100);
  return h(
    'span',
    { class: 'score', title: `Similarity ${percent}%`, 'aria-label': `similarity ${percent} percent` },
    h('span', { style: `width:${percent}%` }),
  );
}

function decisionSections(step: NodeDetails, open: Open): Child[] {
  return [
    h('p', { class: 'facts' }, [kindName(step.kind ?? ''), step.year ?? 'year not told'].join(' · ')),
    step.person ? section('Who', chips([step.person], open)) : null,
    step.from || step.to
      ? section(
          'Move',
          h(
            'div',
            { class: 'move' },
            step.from ? nodeLink(step.from, open) : '…',
            ' → ',
            step.to ? nodeLink(step.to, open) : '…',
          ),
        )
      : null,
    section('Evidence', evidence(step.evidence, [step.to?.name ?? '', step.from?.name ?? ''])),
    step.talk
      ? section('Told in', nodeLink({ ...step.talk, type: 'Talk' }, open), sourceLinks(step.talk, open))
      : null,
  ];
}

function sourceSections(source: NodeDetails, open: Open): Child[] {
  const talks = source.sourceTalks ?? [];
  return [
    h('p', { class: 'facts mono' }, source.path ?? ''),
    section(
      'Talks read from this note',
      talks.length
        ? chips(
            talks.map((t) => ({ id: t.id, name: t.title })),
            open,
          )
        : muted('None.'),
    ),
  ];
}

function personSections(person: NodeDetails, open: Open): Child[] {
  const talks = person.talks;
  const affiliations = person.affiliations ?? [];
  return [
    person.unnamed ? muted('The note does not name its author: this stands for them.') : null,
    talks?.totalCount
      ? section(
          'Talks given',
          chips(
            talks.edges.map((e) => ({ id: e.node.id, name: e.node.title })),
            open,
          ),
          more(talks.edges.length, talks.totalCount),
        )
      : null,
    affiliations.length
      ? section(
          'Affiliations',
          h(
            'ul',
            { class: 'plain' },
            ...affiliations.map((a) =>
              h(
                'li',
                {},
                nodeLink(a.institution, open),
                ' ',
                h('span', { class: 'muted' }, [a.role, span(a.since, a.until)].filter(Boolean).join(' · ')),
              ),
            ),
          ),
        )
      : null,
    person.decisions?.length ? section('Career steps', stepList(person.decisions, open, true)) : null,
  ];
}

function span(since: number | null, until: number | null): string {
  return since || until ? `${since ?? '?'}–${until ?? ''}` : '';
}

function stepList(steps: readonly CareerStep[], open: Open, short: boolean): HTMLElement {
  return h(
    'ol',
    { class: 'steps' },
    ...steps.map((step) =>
      h(
        'li',
        {},
        h('span', { class: 'step-year' }, step.year === null ? '—' : String(step.year)),
        nodeLink(
          {
            id: step.id,
            name: short ? `${kindName(step.kind)}${step.to ? ` → ${step.to.name}` : ''}` : step.summary,
            type: 'CareerDecision',
          },
          open,
        ),
      ),
    ),
  );
}

function entitySections(entity: NodeDetails, open: Open): Child[] {
  const mentioned = entity.mentionedIn;
  const people = entity.people;
  const terms = [entity.name ?? entity.label, ...(entity.aliases ?? [])];
  return [
    mentioned?.totalCount
      ? section(
          `Mentioned in ${mentioned.totalCount} talk${mentioned.totalCount === 1 ? '' : 's'}`,
          h(
            'ul',
            { class: 'mentions' },
            ...mentioned.edges.map((e) =>
              h(
                'li',
                {},
                h(
                  'div',
                  { class: 'mention-head' },
                  nodeLink({ ...e.node, type: 'Talk' }, open),
                  h('span', { class: 'count' }, `×${e.count}`),
                ),
                evidence(e.snippet, terms),
                sourceLinks(e.node, open),
              ),
            ),
          ),
          more(mentioned.edges.length, mentioned.totalCount),
        )
      : null,
    people?.totalCount && entity.type !== 'Person'
      ? section(
          'People',
          chips(
            people.edges.map((e) => ({ ...e.node, type: 'Person' })),
            open,
          ),
          more(people.edges.length, people.totalCount),
        )
      : null,
  ];
}

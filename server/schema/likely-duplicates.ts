import { REL } from '../../graph/model.ts';
import { type DuplicatePair, likelyDuplicates, type NamedInstitution } from '../likely-duplicates.ts';
import { LIMITS } from '../limits.ts';
import { range } from './args.ts';
import { builder } from './builder.ts';
import { loadNodeOf } from './node.ts';
import { InstitutionRef } from './refs.ts';

const INSTITUTIONS = `MATCH (i:Institution)
  RETURN i.id AS id, i.name AS name, coalesce(i.aliases, []) AS aliases,
    [(i)-[:${REL.PART_OF}]-(o:Institution) | o.id] AS family`;

/** Institutions told in one note, a Korean name beside a Latin one: candidates for one place. */
const CO_MENTIONS = `MATCH (t:Talk)-[:${REL.MENTIONS}]->(i:Institution)
  WITH t, collect(i) AS named WHERE size(named) > 1
  UNWIND named AS a
  UNWIND named AS b
  WITH a, b WHERE a.id < b.id AND (a.name =~ '.*[가-힣].*') <> (b.name =~ '.*[가-힣].*')
  RETURN DISTINCT a.id AS a, b.id AS b LIMIT 20000`;

const LikelyDuplicateRef = builder.objectRef<DuplicatePair>('LikelyDuplicate').implement({
  description:
    'Two institutions kept apart that may be one: for a person to confirm (in the ontology) or dismiss.',
  fields: (t) => ({
    a: t.field({
      type: InstitutionRef,
      nullable: true,
      resolve: (p, _a, { loaders }) => loadNodeOf(loaders, p.a, 'Institution'),
    }),
    b: t.field({
      type: InstitutionRef,
      nullable: true,
      resolve: (p, _a, { loaders }) => loadNodeOf(loaders, p.b, 'Institution'),
    }),
    score: t.exposeFloat('score', {
      description: 'From 0 to 1: how strongly the reasons suggest one place.',
    }),
    reasons: t.exposeStringList('reasons'),
  }),
});

builder.queryField('likelyDuplicates', (t) =>
  t.field({
    type: [LikelyDuplicateRef],
    description:
      'A review list of institutions the ingest did not merge that may be one (same name but for case or legal suffix, a shared alias, initials, one name inside the other, or a Korean and a Latin name told in one note that sound alike), most likely first. Parents and their parts (PART_OF) are not listed.',
    args: {
      first: t.arg.int({
        defaultValue: 50,
        description: `At most ${LIMITS.pageSize}.`,
        validate: range('first', 0, LIMITS.pageSize),
      }),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const first = args.first ?? 50;
      const institutions = await executor.read(
        INSTITUTIONS,
        {},
        (r) => r.toObject() as unknown as NamedInstitution,
      );
      const pairs = await executor.read(
        CO_MENTIONS,
        {},
        (r) => [r.get('a') as string, r.get('b') as string] as const,
      );
      loaders.charge(institutions.length + pairs.length);
      return likelyDuplicates(institutions, pairs).slice(0, first);
    },
  }),
);

import { AffiliationRef, affiliationsOfInstitution } from './affiliation.ts';
import { EntityRef, InstitutionRef, NodeRef } from './refs.ts';

InstitutionRef.implement({
  description: 'An institution mentioned in talks.',
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    affiliations: t.field({
      type: [AffiliationRef],
      description: 'People who belong or belonged here, earliest first.',
      resolve: (row, _args, { loaders }) => loaders.load(affiliationsOfInstitution, row.id),
    }),
  }),
});

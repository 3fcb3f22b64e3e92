import { loadOntology, type Ontology } from './load-ontology.ts';
import { lookupAlias } from './match-ontology.ts';

/**
 * A person's one name: the ontology's when exactly one person it knows goes by this spelling
 * ("Minjoon Seo" → 서민준), so the talks of one person meet on one node; an unknown or ambiguous
 * name stays as written (never guessed).
 */
export function canonicalPerson(name: string, ontology: Ontology = loadOntology()): string {
  const found = lookupAlias(ontology, name, 'Person');
  return found.length === 1 && found[0] ? found[0].name : name;
}

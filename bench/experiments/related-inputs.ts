/**
 * Writes the related-talks inputs of a synthetic corpus as JSON (what writeRelatedTalks reads
 * back from Neo4j), for bench/experiments/related-talks-fast.ts.
 * `npx tsx bench/experiments/related-inputs.ts --talks 10000 --seed 42 --out /tmp/related-10k.json`
 */
import { rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeSyntheticCorpus } from '../ingest-bench.ts';
import { relatedInputs } from '../ingest-related.ts';

const { values } = parseArgs({
  options: {
    talks: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: '/tmp/related-inputs.json' },
  },
});
const corpus = writeSyntheticCorpus(Number(values.talks), Number(values.seed));
try {
  const inputs = await relatedInputs(corpus);
  writeFileSync(values.out ?? '', JSON.stringify(inputs));
  console.log(`${inputs.length} talks → ${values.out}`);
} finally {
  rmSync(corpus.dir, { recursive: true, force: true });
}

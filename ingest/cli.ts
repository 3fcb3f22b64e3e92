/** `npm run ingest -- [--dry-run] [--json] [--workers N] [--prune] [--no-llm] PATH...` */
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { connectGraph } from '../graph/connection.ts';
import { neo4jSettingsFromEnv } from '../graph/settings.ts';
import { type LlmSettings, llmSettingsFromEnv } from './llm/settings.ts';
import { extractBudgetFromEnv } from './run/process-note.ts';
import { type IngestResult, ingestPaths } from './run/run-ingest.ts';

/** A failure before any note was touched: reported as one line. */
class StartError extends Error {}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

const HELP = `Usage: npm run ingest -- [--dry-run] [--json] [--workers N] [--prune] [--no-llm] PATH...

Reads talk notes (.txt, .md with optional front matter) from files and folders and loads them
into Neo4j (NEO4J_URI, or an embedded engine in TALKGRAPH_DATA when it is unset).

  --dry-run   extract only; write nothing to Neo4j
  --json      print the extraction as one JSON document on stdout
  --workers N threads extracting notes (default: one per core for 64+ sources, else 0)
  --prune     after loading, remove the talks of notes that are gone from the given folders
              (a note that only moved keeps its talks, with or without --prune)
  --no-llm    the rules alone for this run, even when TALKGRAPH_LLM_URL sets a model
  -h, --help  show this help

Exit code: 0 when every source was read, 1 when any failed, 2 on bad usage.`;

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`No PATH given.\n\n${HELP}\n`);
    return 2;
  }
  // cli-progress draws only on a terminal; logs and pipes get the summary alone.
  const bar = new SingleBar(
    { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {source}', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  const onProgress = (done: number, total: number, source: string) => {
    if (!started) {
      bar.start(total, 0, { source: '' });
      started = true;
    }
    bar.update(done, { source: source.slice(-60) });
  };
  const workers = values.workers === undefined ? {} : { workers: Number(values.workers) };
  if (workers.workers !== undefined && !(Number.isInteger(workers.workers) && workers.workers >= 0)) {
    process.stderr.write(`--workers: expected a whole number ≥ 0, got "${values.workers}"\n\n${HELP}\n`);
    return 2;
  }
  let llm: LlmSettings | null = null;
  try {
    // A bad setting is a usage error, said once, before any note is read.
    extractBudgetFromEnv();
    llm = values['no-llm'] ? null : llmSettingsFromEnv();
  } catch (error) {
    process.stderr.write(`${messageOf(error)}\n`);
    return 2;
  }
  let result: IngestResult;
  try {
    if (values['dry-run']) {
      result = await ingestPaths(positionals, { onProgress, llm, ...workers });
    } else {
      const graph = await connectGraph(neo4jSettingsFromEnv(), { purpose: 'load' }).catch(
        (error: unknown) => {
          // One line, no stack: nothing was read or written yet.
          throw new StartError(`talkgraph ingest could not start: ${messageOf(error)}`);
        },
      );
      try {
        result = await ingestPaths(positionals, { graph, onProgress, prune: values.prune, llm, ...workers });
      } finally {
        await graph.close();
      }
    }
  } catch (error) {
    if (error instanceof StartError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    bar.stop();
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  }
  printSummary(result, Boolean(values['dry-run']), Boolean(values.prune));
  return result.report.errors.length > 0 ? 1 : 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      workers: { type: 'string' },
      prune: { type: 'boolean', default: false },
      'no-llm': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function printSummary(
  { report, loaded, unchanged, related, pruned, prunedTalks }: IngestResult,
  dryRun: boolean,
  prune: boolean,
): void {
  const byType = new Map<string, number>();
  for (const entity of report.entities) {
    byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1);
  }
  const lines = [
    `talks: ${report.talks.length}`,
    `entities: ${report.entities.length} (${[...byType].map(([type, n]) => `${type} ${n}`).join(', ')})`,
    `decisions: ${report.decisions.length}`,
    dryRun
      ? 'dry run: nothing written'
      : `sources loaded: ${loaded}, unchanged: ${unchanged}, related-talk links: ${related}`,
    ...(prune && !dryRun
      ? [`sources pruned (gone from the given folders): ${pruned}, talks removed: ${prunedTalks}`]
      : []),
    ...(report.llm ? modelLines(report.llm) : []),
    `errors: ${report.errors.length}`,
    ...report.errors.map((e) => `  ${e.message}`),
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
}

/** What the model cost and gave; its warnings (notes left to the rules) do not fail the run. */
function modelLines(llm: NonNullable<IngestResult['report']['llm']>): string[] {
  const { added, confirmed, dropped } = llm;
  return [
    `model ${llm.model}: ${llm.requests} requests, ${llm.cacheHits} answers from the cache, ` +
      `${llm.promptTokens + llm.completionTokens} tokens (${llm.promptTokens} in, ${llm.completionTokens} out), ${llm.seconds} s`,
    `  added ${added.entities} entities, ${added.decisions} decisions, ${added.speakers} speakers; ` +
      `confirmed ${confirmed.entities} entities, ${confirmed.decisions} decisions`,
    `  dropped as ungrounded: ${dropped.evidence} (evidence not in the note), ${dropped.name} (name not in the note), ` +
      `${dropped.invalid} off the schema; years removed: ${llm.yearsRemoved}`,
    `  warnings: ${llm.warnings.length}`,
    ...llm.warnings.map((w) => `    ${w.message}`),
  ];
}

process.exitCode = await main();

/**
 * The shape of the model's answer: what the rules give per talk (speakers, entities by type,
 * career decisions with kind, year, places and evidence), each fact with its evidence span.
 * One zod schema serves twice: as the JSON schema of `response_format` (structured output), and
 * to validate what a server in plain JSON mode sends back, item by item.
 */
import { z } from 'zod';
import { DECISION_KINDS, ENTITY_TYPES } from '../../graph/model.ts';

const text = z.string().trim().min(1).max(1000);

export const modelEntity = z.object({
  type: z.enum(ENTITY_TYPES),
  /** As written in the text. */
  name: text,
  /** For institutions: company, university, lab…; else null. */
  kind: z.string().trim().max(40).nullable(),
  evidence: text,
});

export const modelPlace = z.object({
  type: z.enum(['Institution', 'Topic']),
  name: text,
});

export const modelDecision = z.object({
  /** null: the talk's own speaker or first-person author. */
  person: text.nullable(),
  kind: z.enum(DECISION_KINDS),
  year: z.number().int().min(1900).max(2100).nullable(),
  from: modelPlace.nullable(),
  to: modelPlace.nullable(),
  evidence: text,
});

export const modelSpeaker = z.object({ name: text, evidence: text });

/** What a strict server must produce (every field required, nothing else). */
export const modelAnswer = z.strictObject({
  speakers: z.array(modelSpeaker.strict()),
  entities: z.array(modelEntity.strict()),
  decisions: z.array(modelDecision.strict()),
});

export type ModelEntity = z.infer<typeof modelEntity>;
export type ModelDecision = z.infer<typeof modelDecision>;
export type ModelSpeaker = z.infer<typeof modelSpeaker>;

export interface ModelAnswer {
  speakers: ModelSpeaker[];
  entities: ModelEntity[];
  decisions: ModelDecision[];
  /** Items that did not fit the schema, left out. */
  invalid: number;
}

let jsonSchema: Record<string, unknown> | undefined;

/**
 * The JSON schema of the answer, for `response_format: {type: 'json_schema'}`: types, enums and
 * required fields only. Length and range keywords stay out, since some servers' grammars reject
 * them; parseAnswer checks those.
 */
export function answerJsonSchema(): Record<string, unknown> {
  jsonSchema ??= withoutBounds(z.toJSONSchema(modelAnswer, { target: 'draft-7' })) as Record<string, unknown>;
  return jsonSchema;
}

const BOUNDS = new Set(['$schema', 'minLength', 'maxLength', 'minimum', 'maximum']);

function withoutBounds(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutBounds);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, inner]) => (BOUNDS.has(key) ? [] : [[key, withoutBounds(inner)]])),
    );
  }
  return value;
}

export class InvalidAnswer extends Error {
  override name = 'InvalidAnswer';
}

/** Top level: an object whose lists may be missing (a lenient server); the items are checked one by one. */
const envelope = z.object({
  speakers: z.array(z.unknown()).default([]),
  entities: z.array(z.unknown()).default([]),
  decisions: z.array(z.unknown()).default([]),
});

/**
 * The model's message content as an answer. Not JSON, or not an object of lists: InvalidAnswer
 * (the note falls back to the rules). An item that does not fit is dropped and counted, so one
 * bad item does not cost the others. Code fences around the JSON are tolerated.
 */
export function parseAnswer(content: string): ModelAnswer {
  let raw: unknown;
  try {
    raw = JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch (error) {
    throw new InvalidAnswer(`the model's answer is not JSON (${(error as Error).message})`);
  }
  const top = envelope.safeParse(raw);
  if (!top.success) {
    throw new InvalidAnswer(
      'the model\'s answer is not an object with "speakers", "entities" and "decisions" lists',
    );
  }
  let invalid = 0;
  const items = <T>(list: unknown[], schema: z.ZodType<T>): T[] =>
    list.flatMap((item) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        invalid += 1;
        return [];
      }
      return [parsed.data];
    });
  return {
    speakers: items(top.data.speakers, modelSpeaker),
    entities: items(top.data.entities, modelEntity),
    decisions: items(top.data.decisions, modelDecision),
    invalid,
  };
}

import SchemaBuilder from '@pothos/core';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Executor } from '../executor.ts';
import { badInput } from './args.ts';
import type { RequestLoaders } from './loaders.ts';

/** Built per request by the yoga context factory: loaders (and their caches) never outlive it. */
export interface Context {
  executor: Executor;
  loaders: RequestLoaders;
}

/** The one builder: every type file adds itself to it; schema/index.ts builds the schema. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({
  plugins: [ValidationPlugin],
  defaultFieldNullability: false,
  // Arguments' `validate:` schemas (args.ts) carry the message to show; the first failure is the answer.
  validation: {
    validationError: (failure) => badInput(failure.issues[0]?.message ?? 'Invalid argument'),
  },
});

builder.queryType({});

/** The builder's type parameters, for helpers that take refs (connectionRef). */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

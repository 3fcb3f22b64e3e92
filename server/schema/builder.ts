import SchemaBuilder from '@pothos/core';
import type { Executor } from '../executor.ts';

export interface Context {
  executor: Executor;
}

/** The one builder: every type file adds itself to it; schema/index.ts builds the schema. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
});

builder.queryType({});

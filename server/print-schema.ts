/** `npm run schema:print`: writes the SDL that server/schema.graphql must match. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printedSchema } from './schema/index.ts';

writeFileSync(join(import.meta.dirname, 'schema.graphql'), printedSchema());

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { createSchema, printSortedSchema } from './schema.js';

/** Writes schema.graphql at the repository root (run by the API build). */
const target = path.join(repoRoot, 'schema.graphql');
await writeFile(target, printSortedSchema(await createSchema()));
console.log(`schema written to ${path.relative(process.cwd(), target)}`);

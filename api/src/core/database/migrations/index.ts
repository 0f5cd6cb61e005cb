import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126000000_initial } from './Migration20261126000000_initial.js';
import { Migration20261126010000_rooms } from './Migration20261126010000_rooms.js';

/** Every migration, in order. Listed explicitly so that tsx, vitest and compiled code all load them. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126000000_initial', class: Migration20261126000000_initial },
  { name: 'Migration20261126010000_rooms', class: Migration20261126010000_rooms },
];

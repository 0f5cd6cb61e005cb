import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126000000_initial } from './Migration20261126000000_initial.js';
import { Migration20261126010000_rooms } from './Migration20261126010000_rooms.js';
import { Migration20261126020000_library } from './Migration20261126020000_library.js';
import { Migration20261126030000_collaboration } from './Migration20261126030000_collaboration.js';
import { Migration20261127000000_library_search } from './Migration20261127000000_library_search.js';
import { Migration20261127010000_pipeline } from './Migration20261127010000_pipeline.js';
import { Migration20261127020000_matrix } from './Migration20261127020000_matrix.js';
import { Migration20261127030000_idea_fields } from './Migration20261127030000_idea_fields.js';
import { Migration20261127040000_theme_ids_once } from './Migration20261127040000_theme_ids_once.js';
import { Migration20261127050000_idea_text_storage } from './Migration20261127050000_idea_text_storage.js';

/** Every migration, in order. Listed explicitly so that tsx, vitest and compiled code all load them. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126000000_initial', class: Migration20261126000000_initial },
  { name: 'Migration20261126010000_rooms', class: Migration20261126010000_rooms },
  { name: 'Migration20261126020000_library', class: Migration20261126020000_library },
  { name: 'Migration20261126030000_collaboration', class: Migration20261126030000_collaboration },
  { name: 'Migration20261127000000_library_search', class: Migration20261127000000_library_search },
  { name: 'Migration20261127010000_pipeline', class: Migration20261127010000_pipeline },
  { name: 'Migration20261127020000_matrix', class: Migration20261127020000_matrix },
  { name: 'Migration20261127030000_idea_fields', class: Migration20261127030000_idea_fields },
  { name: 'Migration20261127040000_theme_ids_once', class: Migration20261127040000_theme_ids_once },
  { name: 'Migration20261127050000_idea_text_storage', class: Migration20261127050000_idea_text_storage },
];

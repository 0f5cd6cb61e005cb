import { Migration } from '@mikro-orm/migrations';

/**
 * A co-edited card's columns are rewritten from its document up to 20 times a second while people type
 * (collaboration/, CO3); compressing a long description each time (pglz) cost almost twice the rest of
 * the update. The card's long texts are stored out of line uncompressed instead (they stay bounded: CO7).
 * Rows keep their stored form until they are next written.
 */
export class Migration20261127050000_idea_text_storage extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table idea alter column description set storage external, alter column need set storage external,
      alter column beneficiaries set storage external, alter column economic_model set storage external;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table idea alter column description set storage extended, alter column need set storage extended,
      alter column beneficiaries set storage extended, alter column economic_model set storage extended;`);
  }
}

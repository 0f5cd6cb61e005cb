import { Migration } from '@mikro-orm/migrations';

/**
 * The structured fields of an idea card as plain columns (collaboration/ CO3): the need it answers, who
 * benefits, how it could live economically. Their text lives in the card's Yjs document, and every writer
 * of the document keeps these columns up to date, as it does for the title and description, so that
 * queries, search and exports read plain text. Until now no client wrote these fields, so no document holds
 * text to copy: they start empty.
 */
export class Migration20261127030000_idea_fields extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table idea
      add column need text not null default '',
      add column beneficiaries text not null default '',
      add column economic_model text not null default '';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table idea drop column if exists need, drop column if exists beneficiaries, drop column if exists economic_model;`);
  }
}

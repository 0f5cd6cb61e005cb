import { Migration } from '@mikro-orm/migrations';

/**
 * Impact/feasibility matrix (ideas/): facilitators place ideas on a 2-D grid in the results. Both axes are
 * whole numbers from 0 (low) to 100 (high), set together or not at all (null: not on the matrix).
 */
export class Migration20261127020000_matrix extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table idea
      add column impact smallint null check (impact between 0 and 100),
      add column feasibility smallint null check (feasibility between 0 and 100),
      add constraint idea_matrix_both check ((impact is null) = (feasibility is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table idea drop constraint if exists idea_matrix_both, drop column if exists impact, drop column if exists feasibility;`);
  }
}

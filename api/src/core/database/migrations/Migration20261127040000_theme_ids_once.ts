import { Migration } from '@mikro-orm/migrations';

/**
 * A record created with its themes is written once: the application sets `initiative.theme_ids` with the
 * row, so the `initiative_theme` trigger only rewrites the array (and, through it, the search row) when
 * it differs. Before, every new record's initiative and search rows were written twice, leaving half of
 * a freshly imported library's pages dead.
 */
export class Migration20261127040000_theme_ids_once extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function initiative_theme_ids() returns trigger language plpgsql as $$
      begin
        update initiative i set theme_ids = t.ids
        from (
          select c.id, coalesce((select array_agg(t.theme_id order by t.theme_id) from initiative_theme t where t.initiative_id = c.id), '{}') as ids
          from (select distinct initiative_id as id from changed) c
        ) t
        where i.id = t.id and i.theme_ids is distinct from t.ids;
        return null;
      end $$;`);
  }
}

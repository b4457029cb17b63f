/**
 * Fora for vulnerable areas only, forum members that represent someone, and the owners of a
 * funding period's parameters (PERIOD-OWNER). Frozen: never edit after it has run; change the
 * schema with a new dated migration.
 *
 * - FORUM-VULNERABLE: a forum of a non-vulnerable area that holds nothing is removed; from now on
 *   the database refuses a forum for a non-vulnerable area, and an area with a forum becoming
 *   non-vulnerable (checked at commit, so that a write can close the forum in the same transaction).
 * - FORUM-MEMBERS: a member may represent an administration or a housing organisation; existing
 *   members whose organisation is the name of one are linked to it.
 * - PERIOD-OWNER: the municipality's parameters (co-financing cap and its split) move from the
 *   funding period's `rules` to `municipal_funding_rules`, one row per municipality and period
 *   (created by triggers for every new municipality or period). Parameters that are our inference
 *   are marked in `inferred` (parameter → reason) on both.
 * - The 2011–14 catalogue names its first intervention area as the fact sheet does.
 */
import { type Kysely, sql } from 'kysely';

// Migrations take Kysely<any> by Kysely's own convention: they must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const municipalKeys = ['municipalCapBp', 'municipalContractPartBp', 'municipalFacilitationPartBp'];
const fundKeys = ['localShareMinBp', 'normalPlanYears', 'reportDueMonthsAfterYearEnd', 'maxContractsPerUrbanArea'];

const carried = {
  da: 'Videreført fra 2011–14: kilderne angiver ikke tallet for denne periode (systemets udledning)',
  en: 'Carried over from 2011–14: the sources do not state the figure for this period (our inference)',
};
const copenhagenDefault = {
  da: 'Københavns tal som udgangspunkt: kommunen har ikke selv fastsat sine parametre for perioden (systemets udledning)',
  en: "Copenhagen's figures as a starting point: the municipality has not set its own parameters for the period (our inference)",
};
const marks = (keys: string[], reason: { da: string; en: string }) => JSON.stringify(Object.fromEntries(keys.map((k) => [k, reason])));

export async function up(db: Db): Promise<void> {
  // --- FORUM-VULNERABLE -------------------------------------------------------------------------
  await sql`delete from forum f using urban_area ua
    where ua.id = f.urban_area_id and not ua.vulnerable
      and not exists (select 1 from forum_member m where m.forum_id = f.id)
      and not exists (select 1 from working_group g where g.forum_id = f.id)`.execute(db);
  await sql`create function forum_vulnerable() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from urban_area ua where ua.id = new.urban_area_id and not ua.vulnerable) then
        raise exception 'FORUM-VULNERABLE: a forum exists for vulnerable urban areas only'
          using errcode = 'check_violation', constraint = 'forum_vulnerable';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger forum_vulnerable before insert or update of urban_area_id on forum
    for each row execute function forum_vulnerable()`.execute(db);
  await sql`create function urban_area_forum_vulnerable() returns trigger language plpgsql as $$
    begin
      if not new.vulnerable and exists (select 1 from forum f where f.urban_area_id = new.id) then
        raise exception 'FORUM-VULNERABLE: the urban area has a forum and must stay vulnerable'
          using errcode = 'check_violation', constraint = 'forum_vulnerable';
      end if;
      return null;
    end $$`.execute(db);
  await sql`create constraint trigger urban_area_forum_vulnerable after update of vulnerable on urban_area
    deferrable initially deferred for each row execute function urban_area_forum_vulnerable()`.execute(db);

  // --- FORUM-MEMBERS ----------------------------------------------------------------------------
  await db.schema
    .alterTable('forum_member')
    .addColumn('administration_id', 'uuid', (c) => c.references('administration.id'))
    .addColumn('housing_organisation_id', 'uuid', (c) => c.references('housing_organisation.id'))
    .execute();
  await db.schema
    .alterTable('forum_member')
    .addCheckConstraint('forum_member_represents_one', sql`num_nonnulls(administration_id, housing_organisation_id) <= 1`)
    .execute();
  await sql`update forum_member m set administration_id = a.id
    from forum f, urban_area ua, administration a
    where f.id = m.forum_id and ua.id = f.urban_area_id and a.municipality_id = ua.municipality_id and a.name = m.organisation`.execute(db);
  await sql`update forum_member m set housing_organisation_id = h.id
    from housing_organisation h where h.name = m.organisation and m.administration_id is null`.execute(db);

  // --- PERIOD-OWNER -----------------------------------------------------------------------------
  await db.schema.alterTable('funding_period').addColumn('inferred', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`)).execute();
  await db.schema
    .createTable('municipal_funding_rules')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('funding_period_id', 'uuid', (c) => c.notNull().references('funding_period.id'))
    .addColumn('municipal_cap_bp', 'integer', (c) => c.notNull().check(sql`municipal_cap_bp between 0 and 10000`))
    .addColumn('municipal_contract_part_bp', 'integer', (c) => c.notNull().check(sql`municipal_contract_part_bp >= 0`))
    .addColumn('municipal_facilitation_part_bp', 'integer', (c) => c.notNull().check(sql`municipal_facilitation_part_bp >= 0`))
    .addColumn('inferred', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addUniqueConstraint('municipal_funding_rules_unique', ['municipality_id', 'funding_period_id'])
    // FIN-MUNICIPAL-SPLIT on the parameters: the two parts add up to the cap.
    .addCheckConstraint('municipal_funding_rules_split', sql`municipal_contract_part_bp + municipal_facilitation_part_bp = municipal_cap_bp`)
    .execute();
  await db.schema.createIndex('municipal_funding_rules_period').on('municipal_funding_rules').column('funding_period_id').execute();

  // Every municipality has its row for every period: from the period's values as they were.
  await sql`insert into municipal_funding_rules (municipality_id, funding_period_id, municipal_cap_bp, municipal_contract_part_bp, municipal_facilitation_part_bp, inferred)
    select m.id, p.id,
      coalesce((p.rules->>'municipalCapBp')::int, 1250),
      coalesce((p.rules->>'municipalContractPartBp')::int, 1060),
      coalesce((p.rules->>'municipalFacilitationPartBp')::int, 190),
      case when m.code <> '101' then ${marks(municipalKeys, copenhagenDefault)}::jsonb
           when p.name <> '2011–14' then ${marks(municipalKeys, carried)}::jsonb
           else '{}'::jsonb end
    from municipality m cross join funding_period p`.execute(db);
  await sql`update funding_period set rules = rules - 'municipalCapBp' - 'municipalContractPartBp' - 'municipalFacilitationPartBp'`.execute(db);
  await sql`update funding_period set inferred = ${marks(fundKeys, carried)}::jsonb where name in ('2015–18', '2019–26')`.execute(db);

  // New municipalities and periods get their rows, Copenhagen's figures marked as a starting point.
  await sql`create function municipal_funding_rules_defaults() returns trigger language plpgsql as $$
    begin
      insert into municipal_funding_rules (municipality_id, funding_period_id, municipal_cap_bp, municipal_contract_part_bp, municipal_facilitation_part_bp, inferred)
        select m.id, p.id, 1250, 1060, 190, ${sql.lit(marks(municipalKeys, copenhagenDefault))}::jsonb
        from municipality m cross join funding_period p
        where (tg_table_name = 'municipality' and m.id = new.id) or (tg_table_name = 'funding_period' and p.id = new.id)
        on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`create trigger municipality_funding_rules after insert on municipality
    for each row execute function municipal_funding_rules_defaults()`.execute(db);
  await sql`create trigger funding_period_municipal_rules after insert on funding_period
    for each row execute function municipal_funding_rules_defaults()`.execute(db);

  // --- The fact sheet's name of the first intervention area ----------------------------------------
  await sql`update intervention_area ia set name = 'Børn, unge og beskæftigelse'
    from funding_period p where p.id = ia.funding_period_id and p.name = '2011–14' and ia.name = 'Børn, unge og familie'`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The fora and period owners migration cannot be undone');
}

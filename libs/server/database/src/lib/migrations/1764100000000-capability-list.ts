import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The capability list (能力清单): company profiles, products with their review lifecycle and
 * files, launch events (产品发布会) that list products together, and the matching profile the
 * worker keeps per company.
 */
export class CapabilityList1764100000000 implements MigrationInterface {
  name = 'CapabilityList1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE company_profiles (
        organisation_id uuid PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
        introduction text NOT NULL DEFAULT '',
        domain_codes text[] NOT NULL DEFAULT '{}',
        capability_codes text[] NOT NULL DEFAULT '{}',
        district text NOT NULL DEFAULT '',
        founded_year integer CHECK (founded_year BETWEEN 1900 AND 2100),
        headcount_band text CHECK (headcount_band IN ('1-20', '21-50', '51-200', '201-500', '501-1000', '1000+')),
        tiers text[] NOT NULL DEFAULT '{}' CHECK (tiers <@ ARRAY['specialised', 'high_tech', 'unicorn', 'listed']::text[]),
        certifications jsonb NOT NULL DEFAULT '[]',
        cases jsonb NOT NULL DEFAULT '[]',
        website text NOT NULL DEFAULT '',
        contact_name text NOT NULL DEFAULT '',
        contact_phone text NOT NULL DEFAULT '',
        contact_email text NOT NULL DEFAULT '',
        search_text text NOT NULL DEFAULT '',
        search_tokens text[] NOT NULL DEFAULT '{}',
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE launch_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 100),
        held_on date NOT NULL,
        venue text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'released')),
        released_at timestamptz,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        description text NOT NULL DEFAULT '',
        capability_codes text[] NOT NULL DEFAULT '{}',
        domain_codes text[] NOT NULL DEFAULT '{}',
        maturity text NOT NULL CHECK (maturity IN ('prototype', 'pilot', 'scaled')),
        deployment_modes text[] NOT NULL DEFAULT '{}',
        cases text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'listed', 'rejected', 'delisted')),
        reject_reason text,
        delist_reason text,
        launch_event_id uuid REFERENCES launch_events(id),
        submitted_at timestamptz,
        listed_at timestamptz,
        search_text text NOT NULL DEFAULT '',
        search_tokens text[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX products_name_uq ON products (organisation_id, name) WHERE status <> 'delisted'`);
    await q.query(`CREATE INDEX products_tokens_gin ON products USING gin (search_tokens)`);
    await q.query(`CREATE INDEX products_capabilities_gin ON products USING gin (capability_codes)`);
    await q.query(`CREATE INDEX products_listed_idx ON products (listed_at DESC, id) WHERE status = 'listed'`);
    await q.query(`CREATE INDEX products_owner_idx ON products (organisation_id, updated_at DESC)`);
    await q.query(`CREATE INDEX products_status_idx ON products (status, updated_at DESC)`);
    await q.query(`CREATE INDEX products_event_idx ON products (launch_event_id)`);

    await q.query(`
      CREATE TABLE product_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('image', 'brochure')),
        filename text NOT NULL,
        mime text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        storage_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX product_files_product_idx ON product_files (product_id, created_at)`);

    await q.query(`
      CREATE TABLE product_events (
        id bigserial PRIMARY KEY,
        product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        actor_user_id uuid REFERENCES users(id),
        actor_role text,
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX product_events_product_idx ON product_events (product_id, id)`);

    // What the matching engine reads per company, kept by the worker from the outbox events.
    await q.query(`
      CREATE TABLE enterprise_match_profiles (
        organisation_id uuid PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
        capability_codes text[] NOT NULL DEFAULT '{}',
        domain_codes text[] NOT NULL DEFAULT '{}',
        deployment_modes text[] NOT NULL DEFAULT '{}',
        tokens text[] NOT NULL DEFAULT '{}',
        listed_products integer NOT NULL DEFAULT 0,
        best_maturity text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`INSERT INTO data_versions (name) VALUES ('products')`);
    for (const table of ['products', 'company_profiles', 'launch_events', 'organisations', 'capabilities', 'domains']) {
      await q.query(
        `CREATE TRIGGER ${table}_products_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('products')`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['products', 'company_profiles', 'launch_events', 'organisations', 'capabilities', 'domains']) {
      await q.query(`DROP TRIGGER ${table}_products_version ON ${table}`);
    }
    await q.query(`DELETE FROM data_versions WHERE name = 'products'`);
    await q.query(`DROP TABLE enterprise_match_profiles`);
    await q.query(`DROP TABLE product_events`);
    await q.query(`DROP TABLE product_files`);
    await q.query(`DROP TABLE products`);
    await q.query(`DROP TABLE launch_events`);
    await q.query(`DROP TABLE company_profiles`);
  }
}

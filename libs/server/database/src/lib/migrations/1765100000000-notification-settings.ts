import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification preferences and mail: per-user email switches per category (in-app is always on),
 * each notification's mail state (so a retried job never mails twice), strong-match notices
 * (once per scenario and company), deadline reminders (once per user, scenario and kind), and
 * the weekly digests with what each contained (the next one starts after it).
 */
export class NotificationSettings1765100000000 implements MigrationInterface {
  name = 'NotificationSettings1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category ~ '^[a-z]+$'),
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, category)
      )`);

    // Existing notifications were never meant to be mailed: NULL (not pending).
    await q.query(`
      ALTER TABLE notifications
        ADD COLUMN email_status text CHECK (email_status IN ('pending', 'sent', 'skipped')),
        ADD COLUMN emailed_at timestamptz`);

    await q.query(`
      CREATE TABLE match_notices (
        scenario_id uuid NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        score integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scenario_id, organisation_id)
      )`);

    await q.query(`
      CREATE TABLE notification_reminders (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        scenario_id uuid NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, scenario_id, kind)
      )`);

    await q.query(`
      CREATE TABLE notification_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('digest', 'reminders')),
        trigger text NOT NULL CHECK (trigger IN ('schedule', 'manual')),
        slot text,
        as_of date NOT NULL,
        requested_by uuid REFERENCES users(id),
        sent integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        UNIQUE (kind, slot)
      )`);

    await q.query(`
      CREATE TABLE notification_digests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES notification_runs(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        since timestamptz NOT NULL,
        until timestamptz NOT NULL,
        scenario_ids uuid[] NOT NULL,
        items jsonb NOT NULL,
        email_status text NOT NULL DEFAULT 'pending' CHECK (email_status IN ('pending', 'sent', 'skipped')),
        emailed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (run_id, user_id)
      )`);
    await q.query(`CREATE INDEX notification_digests_user_idx ON notification_digests (user_id, until DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_digests`);
    await q.query(`DROP TABLE notification_runs`);
    await q.query(`DROP TABLE notification_reminders`);
    await q.query(`DROP TABLE match_notices`);
    await q.query(`ALTER TABLE notifications DROP COLUMN emailed_at, DROP COLUMN email_status`);
    await q.query(`DROP TABLE notification_preferences`);
  }
}

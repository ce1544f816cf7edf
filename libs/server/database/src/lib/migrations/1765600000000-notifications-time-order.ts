import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications are listed newest first by the time they show (created_at, a transaction's start),
 * not by id (the order inserts happened to commit in): the index follows the list's order.
 */
export class NotificationsTimeOrder1765600000000 implements MigrationInterface {
  name = 'NotificationsTimeOrder1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX notifications_user_time_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`DROP INDEX notifications_user_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC)`);
    await q.query(`DROP INDEX notifications_user_time_idx`);
  }
}

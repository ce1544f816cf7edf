import { queryRows, type Queryable } from '../queryable';

/** A notification as its recipient's personal data export lists it. */
export interface UserNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read_at: Date | null;
  created_at: Date;
}

/** Every notification of the user, newest first. */
export function notificationsOfUser(db: Queryable, userId: string): Promise<UserNotification[]> {
  return queryRows<UserNotification>(
    db,
    `SELECT id::text, kind, title, body, link, read_at, created_at FROM notifications WHERE user_id = $1 ORDER BY id DESC`,
    [userId],
  );
}

/** Today's calendar date in Beijing time (YYYY-MM-DD): deadlines and windows are dates there. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

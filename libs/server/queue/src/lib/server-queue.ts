export function serverQueue(): string {
  return 'server-queue';
}

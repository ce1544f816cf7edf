export function serverConfig(): string {
  return 'server-config';
}

export function serverAudit(): string {
  return 'server-audit';
}

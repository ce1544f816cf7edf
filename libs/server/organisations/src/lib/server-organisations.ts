export function serverOrganisations(): string {
  return 'server-organisations';
}

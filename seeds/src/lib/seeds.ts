export function seeds(): string {
  return 'seeds';
}

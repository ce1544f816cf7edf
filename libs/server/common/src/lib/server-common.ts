export function serverCommon(): string {
  return 'server-common';
}

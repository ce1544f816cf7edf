import type { IconDefinition } from '@ant-design/icons-angular';
import * as ICONS from './icon-definitions';

/**
 * Every icon the portal's own templates use (listed in icon-definitions.ts), bundled statically so
 * that NG-ZORRO never fetches an SVG at runtime (the icons NG-ZORRO's components use internally it
 * registers itself).
 */
export const PORTAL_ICONS: IconDefinition[] = Object.values(ICONS);

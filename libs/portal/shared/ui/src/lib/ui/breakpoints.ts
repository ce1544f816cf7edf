/**
 * The portal's phone width: below NG-ZORRO's `sm` breakpoint (576 px), the media query of its
 * `siderResponsiveMap.sm`. The one source of the breakpoint: TypeScript (a `matchMedia`, a
 * component's inline styles) uses this constant, stylesheets use `@phone` from `breakpoints.less`,
 * which repeats it (LESS cannot read TypeScript; breakpoints.spec.ts holds the two equal and
 * finds any other copy of the width in the portal's sources).
 */
export const PHONE_MEDIA = '(max-width: 575.98px)';

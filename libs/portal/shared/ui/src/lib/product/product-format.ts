import {
  PRODUCT_TRANSITIONS,
  type Maturity,
  type ProductAction,
  type ProductStatus,
  type ProductView,
  type UserView,
} from '@scenematch/contracts';

/** NG-ZORRO tag colours of the product states. */
export const PRODUCT_STATUS_COLORS: Record<ProductStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  listed: 'success',
  rejected: 'error',
  delisted: 'default',
};

/** Tag colours of the maturity levels: the further along, the warmer. */
export const MATURITY_COLORS: Record<Maturity, string> = {
  prototype: 'blue',
  pilot: 'cyan',
  scaled: 'green',
};

/** States in which the company may still change a product (PATCH is refused otherwise). */
export const EDITABLE_PRODUCT_STATUSES: readonly ProductStatus[] = [
  'draft',
  'rejected',
  'listed',
];

export type ProductUiAction = ProductAction | 'edit';

export function isStaff(user: UserView | null): boolean {
  return user?.role === 'organiser' || user?.role === 'admin';
}

/** The company's own user (enterprise role, same organisation). */
export function isOwnProduct(
  product: Pick<ProductView, 'company'>,
  user: UserView | null,
): boolean {
  return (
    !!user &&
    user.role === 'enterprise' &&
    user.organisation.id === product.company.id
  );
}

export function canDo(action: ProductAction, status: ProductStatus): boolean {
  return PRODUCT_TRANSITIONS[action].from.includes(status);
}

/**
 * The buttons a user gets on a product, from the shared state machine: its company may edit,
 * submit and delist; staff list (入库), reject and delist.
 */
export function productActions(
  product: Pick<ProductView, 'company' | 'status'>,
  user: UserView | null,
): ProductUiAction[] {
  const actions: ProductUiAction[] = [];
  const status = product.status;
  if (isOwnProduct(product, user)) {
    if (EDITABLE_PRODUCT_STATUSES.includes(status)) actions.push('edit');
    if (canDo('submit', status)) actions.push('submit');
    if (canDo('delist', status)) actions.push('delist');
  } else if (isStaff(user)) {
    if (canDo('list', status)) actions.push('list');
    if (canDo('reject', status)) actions.push('reject');
    if (canDo('delist', status)) actions.push('delist');
  }
  return actions;
}

/** Whether a certificate's validity (YYYY-MM-DD, null = unlimited) ended before `today`. */
export function isExpired(
  validUntil: string | null | undefined,
  today: Date = new Date(),
): boolean {
  if (!validUntil || !/^\d{4}-\d{2}-\d{2}$/.test(validUntil)) return false;
  const y = today.getFullYear();
  const m = String(today.getMonth() + 1).padStart(2, '0');
  const d = String(today.getDate()).padStart(2, '0');
  return validUntil < `${y}-${m}-${d}`;
}

/** A file size for people: 812 B, 34.5 KB, 2.1 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

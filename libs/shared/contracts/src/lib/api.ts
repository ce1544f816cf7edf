import { FinancierKind, OrganisationType, Role } from './roles';

/** Every error the API returns has this shape (DESIGN.md). */
export interface ApiFieldError {
  /** The field's path in the request, e.g. `organisation.uscc`. */
  field: string;
  message: string;
}
export interface ApiError {
  /**
   * The HTTP status, repeated.
   * @asType integer
   */
  statusCode: number;
  /** What went wrong, for people (Chinese). */
  message: string;
  /** Field-level messages (400, and 409 naming the clashing field). */
  errors?: ApiFieldError[];
  /**
   * 423: the account is locked until this instant.
   * @format date-time
   */
  lockedUntil?: string;
  /**
   * 429: seconds to wait before trying again.
   * @asType integer
   */
  retryAfter?: number;
}

export interface Page<T> {
  items: T[];
  /** @asType integer */
  total: number;
  /** @asType integer */
  page: number;
  /** @asType integer */
  pageSize: number;
}

export interface OrganisationSummary {
  /** @format uuid */
  id: string;
  type: OrganisationType;
  name: string;
  uscc: string | null;
  verified: boolean;
  /** Financiers only: bank, guarantee, leasing or investor. */
  financierKind?: FinancierKind | null;
}

export interface UserView {
  /** @format uuid */
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: OrganisationSummary;
  /** @format date-time */
  createdAt: string;
}

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  /**
   * Seconds until the access token expires.
   * @asType integer
   */
  expiresIn: number;
  user: UserView;
  /**
   * The session ends after this many minutes without use (the portal signs out when idle as long).
   * @asType integer
   */
  sessionIdleMinutes?: number;
}

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  organisation: { type: 'enterprise' | 'agency' | 'financier'; name: string; uscc: string; financierKind?: FinancierKind };
  /** Consent to the privacy notice (/privacy) in force; the API records its version and time. */
  privacyConsent: boolean;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface HealthView {
  status: 'ok' | 'error';
  db: 'up' | 'down';
  redis: 'up' | 'down';
}

/** GET /api/taxonomy/domains */
export interface DomainView {
  code: string;
  name: string;
  group: string;
  aliases: string[];
}

/** GET /api/taxonomy/capabilities */
export interface CapabilityView {
  code: string;
  name: string;
  synonyms: string[];
}

/** GET /api/taxonomy/certifications and /deployment-modes */
export interface NamedCode {
  code: string;
  name: string;
}

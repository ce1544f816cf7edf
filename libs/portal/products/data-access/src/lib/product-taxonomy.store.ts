import { inject, Injectable, signal } from '@angular/core';
import type { NamedCode } from '@scenematch/contracts';
import { forkJoin } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/** A code and its Chinese name (deployment modes, certification kinds). */
export type { NamedCode } from '@scenematch/contracts';

/**
 * The capability list's own taxonomies — deployment modes and certification kinds — fetched once
 * per session (the domain and capability taxonomies live in TaxonomyStore). A failed fetch is
 * retried on the next `load()`.
 */
@Injectable({ providedIn: 'root' })
export class ProductTaxonomyStore {
  private readonly api = inject(ApiClient);
  private readonly _deploymentModes = signal<NamedCode[]>([]);
  private readonly _certifications = signal<NamedCode[]>([]);
  private state: 'idle' | 'loading' | 'loaded' = 'idle';

  readonly deploymentModes = this._deploymentModes.asReadonly();
  readonly certifications = this._certifications.asReadonly();

  load(): void {
    if (this.state !== 'idle') return;
    this.state = 'loading';
    forkJoin([
      this.api.get('/api/taxonomy/deployment-modes'),
      this.api.get('/api/taxonomy/certifications'),
    ]).subscribe({
      next: ([modes, certifications]) => {
        this._deploymentModes.set(modes);
        this._certifications.set(certifications);
        this.state = 'loaded';
      },
      error: () => (this.state = 'idle'),
    });
  }
}

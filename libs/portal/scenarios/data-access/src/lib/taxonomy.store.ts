import { computed, inject, Injectable, signal } from '@angular/core';
import { forkJoin } from 'rxjs';
import { CapabilityView, DomainView, PlatformApi } from '@scenematch/portal/admin/data-access/platform.api';

/**
 * The domain and capability taxonomies, fetched once per session and shared by every page that
 * offers them as choices or turns their codes into names. A failed fetch is retried on the next
 * `load()`.
 */
@Injectable({ providedIn: 'root' })
export class TaxonomyStore {
  private readonly platform = inject(PlatformApi);
  private readonly _domains = signal<DomainView[]>([]);
  private readonly _capabilities = signal<CapabilityView[]>([]);
  private state: 'idle' | 'loading' | 'loaded' = 'idle';

  readonly domains = this._domains.asReadonly();
  readonly capabilities = this._capabilities.asReadonly();

  private readonly domainNames = computed(
    () => new Map(this._domains().map((d) => [d.code, d.name])),
  );
  private readonly capabilityNames = computed(
    () => new Map(this._capabilities().map((c) => [c.code, c.name])),
  );

  load(): void {
    if (this.state !== 'idle') return;
    this.state = 'loading';
    forkJoin([this.platform.domains(), this.platform.capabilities()]).subscribe(
      {
        next: ([domains, capabilities]) => {
          this._domains.set(domains);
          this._capabilities.set(capabilities);
          this.state = 'loaded';
        },
        error: () => (this.state = 'idle'),
      },
    );
  }

  domainName(code: string): string {
    return this.domainNames().get(code) ?? code;
  }

  capabilityName(code: string): string {
    return this.capabilityNames().get(code) ?? code;
  }
}

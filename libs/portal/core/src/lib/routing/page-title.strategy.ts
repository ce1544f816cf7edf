import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { skip } from 'rxjs';

/**
 * Browser tab titles read "<page> · SceneMatch 场景揭榜对接平台". Route titles are catalogue keys;
 * the tab title follows a language switch too.
 */
@Injectable()
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private lastKey: string | undefined;

  constructor() {
    super();
    // Skips the current language (no title before the first navigation); follows later switches.
    this.transloco.langChanges$.pipe(skip(1)).subscribe(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.lastKey = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const app = this.transloco.translate('layout.appName');
    this.title.setTitle(this.lastKey ? `${this.transloco.translate(this.lastKey)} · ${app}` : app);
  }
}

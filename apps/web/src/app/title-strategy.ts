import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

/** Page titles read "<page> – Tafel". They never contain a family's name (browser history is not private). */
@Injectable()
export class TafelTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const page = this.buildTitle(snapshot);
    const app = $localize`:@@app.name:Tafel`;
    this.title.setTitle(page ? `${page} – ${app}` : app);
  }
}

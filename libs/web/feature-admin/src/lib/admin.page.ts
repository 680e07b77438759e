import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** The frame of the administrator's pages: a heading and a link to each part. */
@Component({
  selector: 'tafel-admin-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 i18n="@@admin.title">Beheer</h1>
    <nav class="parts" i18n-aria-label="@@admin.nav" aria-label="Onderdelen van beheer">
      @for (part of parts; track part.path) {
        <a [routerLink]="part.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{
          part.label
        }}</a>
      }
    </nav>
    <router-outlet />
  `,
  styles: `
    .parts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin-bottom: 1.5rem;
    }
    .parts a {
      padding: 0.5rem 0;
    }
    .parts a.active {
      font-weight: 600;
      text-decoration-thickness: 3px;
    }
  `,
})
export class AdminPage {
  protected readonly parts = [
    { path: 'gebruikers', label: $localize`:@@admin.users:Gebruikers` },
    { path: 'organisaties', label: $localize`:@@admin.organisations:Organisaties` },
    { path: 'instellingen', label: $localize`:@@admin.settings:Instellingen` },
    { path: 'bewaartermijnen', label: $localize`:@@admin.retention:Bewaartermijnen` },
  ];
}

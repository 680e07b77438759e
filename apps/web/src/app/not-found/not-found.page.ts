import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'tafel-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 i18n="@@notFound.title">Pagina niet gevonden</h1>
    <p i18n="@@notFound.text">
      Deze pagina bestaat niet (meer). Misschien is de link oud of niet helemaal goed.
    </p>
    <a routerLink="/" i18n="@@notFound.home">Naar de startpagina</a>
  `,
})
export class NotFoundPage {}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { loadResource } from '@tafel/web/core';
import { Loading, ProblemAlert } from '@tafel/web/ui';
import { AdminApi } from '../admin.api';

/** The configurable settings with their current values; each says where it comes from (read-only today). */
@Component({
  selector: 'tafel-settings-page',
  imports: [Loading, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 i18n="@@admin.settings.title">Instellingen</h2>
    <p i18n="@@admin.settings.intro">
      Deze waarden worden bij de installatie ingesteld, of het zijn de standaardwaarden van Tafel. U kunt ze
      hier bekijken. Wijzigen gaat bij de installatie: bij elke waarde staat hoe.
    </p>
    @let current = settings();
    @if (current.status === 'loading') {
      <tafel-loading i18n="@@admin.settings.loading">De instellingen worden geladen…</tafel-loading>
    } @else if (current.status === 'failed') {
      <tafel-problem-alert [message]="current.message" />
    } @else {
      <dl class="settings">
        @for (setting of current.value; track setting.key) {
          <div class="setting">
            <dt>{{ setting.label }}</dt>
            <dd>
              <strong>{{ setting.value }}</strong>
              <span class="source">{{ setting.source }}</span>
            </dd>
          </div>
        }
      </dl>
    }
  `,
  styles: `
    .settings {
      margin: 0;
    }
    .setting {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    dd {
      margin: 0.25rem 0 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .source {
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
  `,
})
export class SettingsPage {
  protected readonly settings = loadResource(() => inject(AdminApi).settings());
}

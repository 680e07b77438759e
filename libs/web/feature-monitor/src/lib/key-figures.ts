import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID } from '@angular/core';
import { MONITOR_REGION, MetricTable } from '@tafel/shared/contracts';
import { areaLabel, latest, normText, shownText, withinNorm } from './figures';

interface Tile {
  id: string;
  label: string;
  value: string;
  region: string;
  norm: string;
  within: string;
}

/** Key figures of the last period: the chosen area's figure, the region's beside it, and the norm. */
@Component({
  selector: 'tafel-monitor-key-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="tiles">
      @for (tile of tiles(); track tile.id) {
        <li class="tile">
          <h3>{{ tile.label }}</h3>
          <p class="value">{{ tile.value }}</p>
          @if (area() !== region) {
            <p i18n="@@monitor.tileRegion">Regio: {{ tile.region }}</p>
          }
          @if (tile.norm) {
            <p class="norm" i18n="@@monitor.tileNorm">
              Norm: {{ tile.norm }} · binnen de norm: {{ tile.within }}
            </p>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.75rem;
      list-style: none;
      padding: 0;
    }
    .tile {
      border: 1px solid #767676;
      border-radius: 4px;
      padding: 0.5rem 0.75rem;
      break-inside: avoid;
    }
    h3 {
      font-size: 1rem;
      margin: 0;
    }
    .value {
      font-size: 1.75rem;
      font-weight: 600;
      margin: 0.25rem 0;
    }
    p {
      margin: 0;
    }
  `,
})
export class KeyFigures {
  readonly tables = input.required<readonly MetricTable[]>();
  readonly area = input.required<string>();
  protected readonly region = MONITOR_REGION;
  private readonly locale = inject(LOCALE_ID);

  protected readonly tiles = computed<Tile[]>(() =>
    this.tables().map((t) => {
      const unit =
        t.kind === 'duration'
          ? ` ${$localize`:@@monitor.daysMedian:dagen (mediaan)`}`
          : t.kind === 'count' || t.kind === 'stock'
            ? ''
            : '%';
      const within = withinNorm(t, this.area());
      return {
        id: t.id,
        label: `${t.label.nl} (${areaLabel(this.area())})`,
        value: shownText(this.locale, latest(t, this.area()), unit),
        region: shownText(this.locale, latest(t, MONITOR_REGION), unit),
        norm: normText(t.norm),
        within: shownText(this.locale, within, '%'),
      };
    }),
  );
}

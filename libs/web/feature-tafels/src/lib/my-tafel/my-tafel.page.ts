import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TafelDetail, TafelSummary } from '@tafel/shared/contracts';
import { AuthStore, loadedValue, loadResource, nextTafel, PATHS, TafelsApi } from '@tafel/web/core';
import { hasVerslag, roomEntry } from '@tafel/web/core/tafels';
import { formatDate, formatSlot, Loading } from '@tafel/web/ui';
import { map, Observable, of, switchMap } from 'rxjs';
import { RsvpButtons } from '../shared/rsvp-buttons';
import { MOMENT_EXPLANATIONS, ROLE_EXPLANATIONS } from './family-texts';

/** The reader's own name in the list of who comes: "Sanne Bakker (u)", or "(jij)" for a child. */
function myself(name: string, informal: boolean): string {
  return informal
    ? $localize`:@@myTafel.meChild:${name}:name: (jij)`
    : $localize`:@@myTafel.me:${name}:name: (u)`;
}

/** What "Mijn gesprek" shows: the next tafel, and the latest one with a verslag to read. */
interface MyTafels {
  next: TafelDetail | null;
  lastVerslag: TafelSummary | null;
}

/**
 * /mijn-tafel — for a parent or child: the next conversation, in plain Dutch, readable on a phone, with
 * the way into its live room on the day, and the verslag of the conversation before.
 */
@Component({
  selector: 'tafel-my-tafel-page',
  imports: [MatButtonModule, RouterLink, RsvpButtons, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-tafel.page.html',
  styleUrl: './my-tafel.page.scss',
})
export class MyTafelPage {
  private readonly api = inject(TafelsApi);
  private readonly auth = inject(AuthStore);
  private readonly locale = inject(LOCALE_ID);

  /** Children are addressed with "je" and "jij". */
  protected readonly informal = computed(() => this.auth.me()?.role === 'child');
  protected readonly tafelsPath = PATHS.tafels;
  protected readonly state = loadResource(() => this.load());
  /** The next tafel, or null when there is none. */
  protected readonly tafel = computed(() => loadedValue(this.state())?.next ?? null);
  protected readonly room = computed(() => {
    const tafel = this.tafel();
    return tafel ? roomEntry(tafel) : null;
  });
  /**
   * The verslag of the conversation before, for whoever gets documents (not a child under 16 or a
   * restricted parent: `documentsWithheld`; without a next tafel to tell, not a child).
   */
  protected readonly lastVerslag = computed(() => {
    const last = loadedValue(this.state())?.lastVerslag;
    const withheld = this.tafel()?.documentsWithheld ?? this.informal();
    return last && !withheld ? last : null;
  });
  protected date(value: string): string {
    return formatDate(this.locale, value);
  }
  protected readonly when = computed(() => {
    const tafel = this.tafel();
    return tafel?.startsAt ? formatSlot(this.locale, tafel.startsAt, tafel.endsAt) : null;
  });
  protected readonly about = computed(() => {
    const tafel = this.tafel();
    if (!tafel) return '';
    const texts = MOMENT_EXPLANATIONS[tafel.momentType];
    return this.informal() ? texts.informal : texts.formal;
  });
  /** Who comes: everyone invited who did not say no, with what they do at the table. */
  protected readonly people = computed(() => {
    const me = this.auth.me();
    const informal = this.informal();
    return (this.tafel()?.participants ?? [])
      .filter((p) => p.invitation !== 'not_invited' && p.invitation !== 'declined')
      .map((p) => ({
        id: p.id,
        name: p.userId === me?.id ? myself(p.name, informal) : p.name,
        what: ROLE_EXPLANATIONS[p.role],
      }));
  });

  protected update(tafel: TafelDetail): void {
    const loaded = loadedValue(this.state());
    if (loaded) this.state.set({ status: 'loaded', value: { ...loaded, next: tafel } });
  }

  private load(): Observable<MyTafels> {
    const role = this.auth.me()?.role;
    return this.api.list().pipe(
      switchMap((tafels) => {
        const next = nextTafel(tafels);
        const lastVerslag =
          tafels
            .filter((t) => hasVerslag(t.status, role))
            .sort((a, b) => (b.startsAt ?? '').localeCompare(a.startsAt ?? ''))[0] ?? null;
        const detail: Observable<TafelDetail | null> = next ? this.api.get(next.id) : of(null);
        return detail.pipe(map((tafel) => ({ next: tafel, lastVerslag })));
      }),
    );
  }
}

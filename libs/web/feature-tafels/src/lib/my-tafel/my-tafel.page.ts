import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { TafelDetail } from '@tafel/shared/contracts';
import { AuthStore, loadedValue, loadResource, nextTafel, TafelsApi } from '@tafel/web/core';
import { formatSlot, Loading } from '@tafel/web/ui';
import { map, Observable, of, switchMap } from 'rxjs';
import { RsvpButtons } from '../shared/rsvp-buttons';
import { MOMENT_EXPLANATIONS, ROLE_EXPLANATIONS } from './family-texts';

/** The reader's own name in the list of who comes: "Sanne Bakker (u)", or "(jij)" for a child. */
function myself(name: string, informal: boolean): string {
  return informal
    ? $localize`:@@myTafel.meChild:${name}:name: (jij)`
    : $localize`:@@myTafel.me:${name}:name: (u)`;
}

/** /mijn-tafel — for a parent or child: the next conversation, in plain Dutch, readable on a phone. */
@Component({
  selector: 'tafel-my-tafel-page',
  imports: [RsvpButtons, Loading],
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
  /** The next tafel, or null when there is none. */
  protected readonly state = loadResource(() => this.load());
  protected readonly tafel = computed(() => loadedValue(this.state()));
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
    this.state.set({ status: 'loaded', value: tafel });
  }

  private load(): Observable<TafelDetail | null> {
    return this.api.list().pipe(
      map((tafels) => nextTafel(tafels)),
      switchMap((next) => (next ? this.api.get(next.id) : of(null))),
    );
  }
}

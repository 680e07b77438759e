import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  LOCALE_ID,
  OnDestroy,
  signal,
  untracked,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TafelDetail } from '@tafel/shared/contracts';
import {
  AuthStore,
  loadedValue,
  loadResource,
  problemMessage,
  RealtimeConnection,
  TafelsApi,
} from '@tafel/web/core';
import { hasVerslag } from '@tafel/web/core/tafels';
import {
  ATTENDANCE_LABELS,
  CHILD_HEARD_LABELS,
  DECISION_LABELS,
  formatDate,
  Loading,
  TAFEL_ROLE_LABELS,
  TAFEL_STATUS_LABELS,
} from '@tafel/web/ui';
import { VerslagApi } from '../verslag.api';
import { RoomSession } from './room-session';
import { caretColour, SectionEditor } from './section-editor';

/** Remote typing is announced at most this often per section (a screen reader must not be flooded). */
const ANNOUNCE_EVERY_MS = 15_000;

/**
 * /tafels/:id/kamer — the tafel held together: one collaborative editor per agenda item, who is here,
 * and the live side panel (status, the item under discussion, attendance, how the child is heard, the
 * decision and the agreements). The family follows read-only in plain Dutch; a child under 16 sees the
 * child view without the professionals' notes. Remote changes are announced politely.
 */
@Component({
  selector: 'tafel-room-page',
  imports: [MatButtonModule, RouterLink, Loading, SectionEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tafel-room.page.html',
  styleUrl: './tafel-room.page.scss',
})
export class TafelRoomPage implements OnDestroy {
  readonly id = input.required<string>();

  private readonly tafels = inject(TafelsApi);
  private readonly verslagen = inject(VerslagApi);
  private readonly auth = inject(AuthStore);
  private readonly connection = inject(RealtimeConnection);
  private readonly locale = inject(LOCALE_ID);

  protected readonly tafelState = loadResource(toObservable(this.id), (id) => this.tafels.get(id));
  protected readonly tafel = computed(() => loadedValue(this.tafelState()));
  protected readonly room = signal<RoomSession | null>(null);
  protected readonly announcement = signal('');
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  private readonly lastAnnounced = new Map<string, number>();

  protected readonly me = computed(() => this.auth.me());
  protected readonly family = computed(() => ['parent', 'child', 'network'].includes(this.me()?.role ?? ''));
  /** A child under 16 (and anyone whose view holds no documents) gets the child view, without the notes. */
  protected readonly childView = computed(() => this.tafel()?.documentsWithheld === true);
  protected readonly isChair = computed(() => {
    const me = this.me();
    return !!this.tafel()?.participants.some((p) => p.role === 'chair' && p.userId === me?.id);
  });
  protected readonly status = computed(() => this.room()?.state()?.status ?? this.tafel()?.status ?? null);
  /** The verslag is there for this reader (the draft for professionals, the adopted one for the family). */
  protected readonly verslagReady = computed(() => {
    const status = this.status();
    return !!status && !this.childView() && hasVerslag(status, this.me()?.role);
  });
  protected readonly writable = computed(
    () =>
      this.room()?.access() === 'write' && (this.status() === 'in_session' || this.status() === 'scheduled'),
  );
  protected readonly sections = computed(() => {
    const room = this.room();
    if (!room) return [];
    return room.agenda().map((item) => ({ ...item, fragment: room.notes.doc.getXmlFragment(item.key) }));
  });
  protected readonly discussed = computed(() => {
    const key = this.room()?.state()?.agendaItem;
    return (
      this.room()
        ?.agenda()
        .find((item) => item.key === key) ?? null
    );
  });
  /** "15 december 2026" for a calendar date. */
  protected day(date: string): string {
    return formatDate(this.locale, date);
  }

  protected readonly present = computed(() => this.room()?.present() ?? []);
  protected readonly sharedKeys = computed(() => this.room()?.state()?.sharedSections ?? []);
  /** The child view: the shared sections' text in agenda order (all a child under 16 receives). */
  protected readonly sharedTexts = computed(() => {
    const room = this.room();
    if (!room) return [];
    const texts = new Map(room.shared().map((s) => [s.key, s.text]));
    return room
      .agenda()
      .filter((item) => texts.has(item.key))
      .map((item) => ({ ...item, text: texts.get(item.key) ?? '' }));
  });
  protected readonly online = computed(() => this.room()?.online() ?? true);

  protected readonly labels = {
    status: TAFEL_STATUS_LABELS,
    role: TAFEL_ROLE_LABELS,
    attendance: ATTENDANCE_LABELS,
    childHeard: CHILD_HEARD_LABELS,
    decision: DECISION_LABELS,
  };
  protected readonly colour = caretColour;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.enter(id));
    });
    // A change of the tafel made through the API (attendance, decision, status): reload its details.
    let seen = 0;
    effect(() => {
      const state = this.room()?.state();
      if (!state || state.version === seen) return;
      const first = seen === 0;
      seen = state.version;
      if (first) return;
      untracked(() => {
        if (state.lastChange === 'agenda_item') {
          const item = this.discussed();
          if (item) this.announce($localize`:@@room.nowDiscussed:Nu besproken: ${item.title}:title:`);
        } else if (state.lastChange !== 'shared_sections') {
          this.tafels
            .get(this.id())
            .subscribe((tafel) => this.tafelState.set({ status: 'loaded', value: tafel }));
          this.announce($localize`:@@room.tafelChanged:De gegevens van de tafel zijn bijgewerkt.`);
        }
      });
    });
    // The chair hears who raises a hand.
    let hands = new Set<string>();
    effect(() => {
      const raised = new Set(
        this.present()
          .filter((p) => p.hand)
          .map((p) => p.user.name),
      );
      const fresh = [...raised].filter((name) => !hands.has(name));
      hands = raised;
      if (fresh.length && this.isChair()) {
        untracked(() =>
          this.announce($localize`:@@room.handSeen:${fresh.join(', ')}:names: wil iets zeggen.`),
        );
      }
    });
    let wasOnline = true;
    effect(() => {
      const online = this.online();
      if (online === wasOnline) return;
      wasOnline = online;
      untracked(() =>
        this.announce(
          online
            ? $localize`:@@room.backOnline:Weer verbonden. Je typwerk is bewaard.`
            : $localize`:@@room.offlineAnnounce:Offline — je typwerk blijft bewaard.`,
        ),
      );
    });
  }

  ngOnDestroy(): void {
    this.room()?.close();
  }

  /** The family's hand: ask for the word, or lower it again. */
  protected readonly handUp = signal(false);

  protected toggleHand(): void {
    const up = !this.handUp();
    this.room()?.raiseHand(up);
    this.handUp.set(up);
    this.announce(
      up
        ? $localize`:@@room.handRaised:De voorzitter ziet dat u iets wilt zeggen.`
        : $localize`:@@room.handLowered:Uw hand is weer omlaag.`,
    );
  }

  protected remoteChange(title: string): void {
    const now = Date.now();
    if (now - (this.lastAnnounced.get(title) ?? 0) < ANNOUNCE_EVERY_MS) return;
    this.lastAnnounced.set(title, now);
    this.announce($localize`:@@room.remoteTyping:Nieuwe tekst bij ${title}:title:`);
  }

  /** "Delen met kind": the chair shares a section with children under 16, or stops. */
  protected toggleShare(key: string, title: string): void {
    const share = !this.sharedKeys().includes(key);
    this.problem.set(null);
    this.verslagen.share(this.id(), key, share).subscribe({
      next: () =>
        this.announce(
          share
            ? $localize`:@@room.sharedOn:${title}:title: is gedeeld met het kind.`
            : $localize`:@@room.sharedOff:${title}:title: is niet meer gedeeld met het kind.`,
        ),
      error: (error: unknown) => this.problem.set(problemMessage(error)),
    });
  }

  protected discuss(key: string): void {
    void this.room()?.discuss(key);
  }

  protected open(): void {
    this.busy.set(true);
    this.problem.set(null);
    this.verslagen.open(this.id()).subscribe({
      next: (tafel: TafelDetail) => {
        this.tafelState.set({ status: 'loaded', value: tafel });
        this.busy.set(false);
        this.announce($localize`:@@room.opened:De tafel is geopend.`);
      },
      error: (error: unknown) => {
        this.problem.set(problemMessage(error));
        this.busy.set(false);
      },
    });
  }

  private announce(text: string): void {
    this.announcement.set(text);
  }

  private async enter(id: string): Promise<void> {
    this.room()?.close();
    const socket = await this.connection.get();
    const room = new RoomSession(socket, id);
    this.room.set(room);
    try {
      await room.join();
    } catch {
      room.online.set(false);
    }
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
  signal,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  TafelDetail,
  VERSLAG_REPLY_MAX_LENGTH,
  VERSLAG_REPLY_MIN_LENGTH,
  Verslag,
} from '@tafel/shared/contracts';
import {
  AuthStore,
  loadedValue,
  loadResource,
  PATHS,
  problemMessage,
  TafelsApi,
  TAFEL_WORK_PERMISSIONS,
} from '@tafel/web/core';
import { hasVerslag } from '@tafel/web/core/tafels';
import {
  ATTENDANCE_LABELS,
  CHILD_HEARD_LABELS,
  DECISION_LABELS,
  Loading,
  PARENTS_VIEW_LABELS,
  TAFEL_ROLE_LABELS,
  askConfirmation,
  formatDate,
  TIME_ZONE,
} from '@tafel/web/ui';
import { map, Observable, of, switchMap } from 'rxjs';
import { VerslagApi } from '../verslag.api';
import { VerslagCorrectionForm } from './verslag-correction';

/** The tafel, and its verslag as this reader gets it — null while there is none for them yet. */
interface VerslagOfTafel {
  tafel: TafelDetail;
  verslag: Verslag | null;
}

/**
 * /tafels/:id/verslag — the verslag: professionals see the draft and (chair, secretary) adopt it; the
 * family reads the adopted version, downloads the PDF and adds a written reaction. Readable on a phone.
 * The tafel's status tells first whether there is a verslag for this reader; before there is one, the
 * page says so (and when it comes) instead of asking for it.
 */
@Component({
  selector: 'tafel-verslag-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    Loading,
    VerslagCorrectionForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verslag.page.html',
  styleUrl: './verslag.page.scss',
})
export class VerslagPage {
  readonly id = input.required<string>();

  private readonly api = inject(VerslagApi);
  private readonly tafels = inject(TafelsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly locale = inject(LOCALE_ID);

  protected readonly state = loadResource(toObservable(this.id), (id) => this.load(id));
  protected readonly verslag = computed(() => loadedValue(this.state())?.verslag ?? null);
  /** Back to the tafel page for whoever works with tafels; the family goes back to "Mijn gezin". */
  protected readonly back = computed(() =>
    TAFEL_WORK_PERMISSIONS.some((p) => this.auth.hasPermission(p))
      ? { path: [PATHS.tafels, this.id()], toTafel: true }
      : { path: [this.auth.homePath()], toTafel: false },
  );
  protected readonly pdfUrl = computed(() => this.api.pdfUrl(this.id()));
  /** The chair and the secretary record and adopt; the family reacts. */
  protected readonly canAdopt = computed(
    () => this.auth.hasPermission('tafel:record') && this.verslag()?.status === 'draft',
  );
  protected readonly canReply = computed(() => {
    const role = this.auth.me()?.role;
    const verslag = this.verslag();
    // A child under 16 reads the shared sections only; the right of reply starts at the age threshold.
    return (
      (role === 'parent' || role === 'child') && verslag?.status === 'adopted' && !verslag.sharedSectionsOnly
    );
  });
  protected readonly roleLabels = TAFEL_ROLE_LABELS;
  protected readonly decisionLabels = DECISION_LABELS;
  protected readonly attendanceLabels = ATTENDANCE_LABELS;
  protected readonly childHeardLabels = CHILD_HEARD_LABELS;
  protected readonly parentsViewLabels = PARENTS_VIEW_LABELS;
  protected readonly minLength = VERSLAG_REPLY_MIN_LENGTH;
  protected readonly maxLength = VERSLAG_REPLY_MAX_LENGTH;
  protected readonly reply = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected date(iso: string | null): string {
    return iso
      ? new Date(iso).toLocaleString(this.locale, {
          timeZone: TIME_ZONE,
          dateStyle: 'long',
          timeStyle: 'short',
          hourCycle: 'h23',
        })
      : '—';
  }

  /** "1 december 2026" for a calendar date. */
  protected day(date: string): string {
    return formatDate(this.locale, date);
  }

  protected hasNotes(verslag: Verslag): boolean {
    return verslag.content.discussion.some((s) => s.text.trim() !== '');
  }

  /** Adopting cannot be undone: the verslag is then fixed and goes to the family. */
  protected adopt(): void {
    askConfirmation(this.dialog, {
      title: $localize`:@@verslag.adoptTitle:Verslag vaststellen en delen?`,
      intro: [
        $localize`:@@verslag.adoptFixed:Daarna kan niemand het verslag nog veranderen.`,
        $localize`:@@verslag.adoptShared:De ouders en de andere deelnemers krijgen een bericht dat het verslag klaarstaat. De ouders kunnen erop reageren.`,
      ],
      confirm: $localize`:@@verslag.adoptConfirm:Vaststellen en delen`,
      action: { send: () => this.api.adopt(this.id()), problem: problemMessage },
    }).subscribe((verslag) => {
      this.replace(verslag);
      this.notice.set($localize`:@@verslag.adopted:Het verslag is vastgesteld en gedeeld.`);
    });
  }

  /** Shows a newer version of the verslag (corrected or adopted) in place of the loaded one. */
  protected replace(verslag: Verslag): void {
    const loaded = loadedValue(this.state());
    if (loaded) this.state.set({ status: 'loaded', value: { ...loaded, verslag } });
  }

  protected send(): void {
    const text = this.reply().trim();
    if (text.length < this.minLength) {
      this.problem.set($localize`:@@verslag.replyEmpty:Schrijf eerst uw reactie.`);
      return;
    }
    this.run(this.api.reply(this.id(), text), $localize`:@@verslag.replySent:Uw reactie is toegevoegd.`, () =>
      this.reply.set(''),
    );
  }

  private load(id: string): Observable<VerslagOfTafel> {
    return this.tafels.get(id).pipe(
      switchMap((tafel) => {
        const verslag: Observable<Verslag | null> = hasVerslag(tafel.status, this.auth.me()?.role)
          ? this.api.get(id)
          : of(null);
        return verslag.pipe(map((v) => ({ tafel, verslag: v })));
      }),
    );
  }

  private run(call: Observable<Verslag>, done: string, after?: () => void): void {
    this.busy.set(true);
    this.problem.set(null);
    call.subscribe({
      next: (verslag: Verslag) => {
        this.replace(verslag);
        this.notice.set(done);
        this.busy.set(false);
        after?.();
      },
      error: (error: unknown) => {
        this.problem.set(problemMessage(error));
        this.busy.set(false);
      },
    });
  }
}

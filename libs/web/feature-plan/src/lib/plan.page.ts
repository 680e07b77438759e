import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import {
  FAMILY_SECTIONS,
  PLAN_ATTACHMENT_MAX_BYTES,
  PLAN_ATTACHMENT_TYPES,
  PLAN_TEXT_SECTIONS,
  PlanDraft,
  PlanOverview,
  PlanTextSection,
} from '@tafel/shared/contracts';
import {
  AuthStore,
  CasesApi,
  isProblemDetails,
  loadedValue,
  loadResource,
  PATHS,
  problemMessage,
} from '@tafel/web/core';
import { PlansApi } from '@tafel/web/core/plans';
import { DIALOG_SIZE, Loading, ProblemAlert, RegieBadge } from '@tafel/web/ui';
import { combineLatest, filter, switchMap } from 'rxjs';
import { PlanAnswers } from './answers/plan-answers';
import { DraftEditor } from './draft/draft-editor';
import { PublishDialog } from './publish/publish-dialog';
import { PlanVersions } from './versions/plan-versions';

const MAX_MB = PLAN_ATTACHMENT_MAX_BYTES / (1024 * 1024);

/** Why a familiegroepsplan was refused, from the API's problem: the type or the size, in words. */
export function attachmentProblem(error: unknown): string {
  if (error instanceof HttpErrorResponse && isProblemDetails(error.error)) {
    if (error.error.code === 'unsupported_media_type')
      return $localize`:@@planFiles.wrongType:Dit bestand kan niet worden toegevoegd. Alleen een PDF, PNG of JPEG kan.`;
    if (error.error.code === 'payload_too_large')
      return $localize`:@@planFiles.tooLarge:Dit bestand is te groot. Een bestand mag hoogstens ${MAX_MB}:max: MB zijn.`;
  }
  return problemMessage(error);
}

/**
 * /gezinnen/:id/plan — the family's plan: the draft per section (the coordinator writes it; under
 * family regie a parent writes the family's sections), the familiegroepsplan, publishing, the
 * versions with their comparison, and the family's answers per section and version.
 */
@Component({
  selector: 'tafel-plan-page',
  imports: [
    RouterLink,
    MatButtonModule,
    Loading,
    ProblemAlert,
    RegieBadge,
    DraftEditor,
    PlanVersions,
    PlanAnswers,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan.page.html',
  styleUrl: './plan.page.scss',
})
export class PlanPage {
  /** The case id, bound from the route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(PlansApi);
  private readonly cases = inject(CasesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);

  private readonly reload = signal(0);
  private readonly detail = loadResource(toObservable(this.id), (id) => this.cases.get(id));
  protected readonly family = computed(() => loadedValue(this.detail()));
  protected readonly overviewState = loadResource(
    combineLatest([toObservable(this.id), toObservable(this.reload)]),
    ([id]) => this.api.overview(id),
  );
  protected readonly overview = computed(() => loadedValue(this.overviewState()));
  /** The agreements made at the family's tafels, shown under the goal they serve. */
  private readonly agreementsState = loadResource(toObservable(this.id), (id) => this.api.agreements(id));
  protected readonly tafelAgreements = computed(() =>
    (loadedValue(this.agreementsState()) ?? []).filter((a) => a.source === 'tafel'),
  );
  protected readonly casePath = computed(() => [PATHS.cases, this.id()]);

  protected readonly isCoordinator = computed(() => this.auth.hasPermission('plan:publish'));
  /** The coordinator writes every section; a parent (under family regie, see the API) the family's own. */
  protected readonly editable = computed<readonly PlanTextSection[]>(() =>
    this.isCoordinator() ? PLAN_TEXT_SECTIONS : this.auth.hasPermission('plan:edit') ? FAMILY_SECTIONS : [],
  );
  protected readonly acceptTypes = PLAN_ATTACHMENT_TYPES.join(',');
  protected readonly canAttach = computed(() => this.auth.hasPermission('plan:edit'));
  protected readonly nextNumber = computed(() => (this.overview()?.versions[0]?.number ?? 0) + 1);

  protected readonly fileError = signal<string | null>(null);
  protected readonly fileBusy = signal(false);
  protected readonly publishError = signal<string | null>(null);
  protected readonly published = signal<string | null>(null);

  protected onSaved(draft: PlanDraft): void {
    const overview = this.overview();
    if (overview) this.overviewState.set({ status: 'loaded', value: { ...overview, draft } });
  }

  protected attachmentUrl(attachmentId: string): string {
    return this.api.attachmentUrl(this.id(), attachmentId);
  }

  protected size(bytes: number): string {
    return bytes >= 1024 * 1024
      ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
      : `${Math.ceil(bytes / 1024)} kB`;
  }

  protected attach(input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (!file) return;
    this.fileBusy.set(true);
    this.fileError.set(null);
    this.api.attach(this.id(), file).subscribe({
      next: () => {
        this.fileBusy.set(false);
        input.value = '';
        this.reload.update((n) => n + 1);
      },
      error: (error: unknown) => {
        this.fileBusy.set(false);
        input.value = '';
        this.fileError.set(attachmentProblem(error));
      },
    });
  }

  protected publish(overview: PlanOverview): void {
    const draft = overview.draft;
    if (!draft) return;
    this.publishError.set(null);
    this.published.set(null);
    this.dialog
      .open<PublishDialog, number, boolean>(PublishDialog, { ...DIALOG_SIZE, data: this.nextNumber() })
      .afterClosed()
      .pipe(
        filter((yes) => yes === true),
        switchMap(() => this.api.publish(this.id(), draft.revision)),
      )
      .subscribe({
        next: (version) => {
          this.published.set(
            $localize`:@@planPublish.done:Versie ${version.number}:number: is gepubliceerd. Het gezin heeft bericht gekregen.`,
          );
          this.reload.update((n) => n + 1);
        },
        error: (error: unknown) => this.publishError.set(problemMessage(error)),
      });
  }
}

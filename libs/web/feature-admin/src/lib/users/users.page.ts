import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AdminUser, EMAIL_MAX_LENGTH, STAFF_ROLES, StaffRole } from '@tafel/shared/contracts';
import { AuthStore, CountedList, loadedValue, loadResource, problemMessage } from '@tafel/web/core';
import {
  askConfirmation,
  askHandover,
  Confirmation,
  ConfirmAction,
  ConfirmDialogData,
  Loading,
  ProblemAlert,
  ROLE_LABELS,
} from '@tafel/web/ui';
import { debounceTime, firstValueFrom, Observable } from 'rxjs';
import { AdminApi } from '../admin.api';
import { deactivationIntro } from './deactivation-warning';
import { orphanHandover } from './orphan-handover';

/**
 * Accounts: search, create (the person gets an invitation mail), edit a staff account, deactivate
 * (after showing what the person still carries), reactivate, reset the second factor.
 */
@Component({
  selector: 'tafel-users-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Loading,
    ProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
})
export class UsersPage {
  private readonly api = inject(AdminApi);
  private readonly confirmation = inject(Confirmation);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthStore);
  protected readonly myId = computed(() => this.auth.me()?.id);
  protected readonly roles = STAFF_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly emailMax = EMAIL_MAX_LENGTH;

  protected readonly query = signal('');
  private readonly reload = signal(0);
  /** The search as typed (after a pause) and again after each change. */
  private readonly search$ = toObservable(computed(() => ({ q: this.query(), n: this.reload() })));
  protected readonly users = loadResource(
    this.search$.pipe(debounceTime(250)),
    ({ q }): Observable<CountedList<AdminUser>> => this.api.users(q.trim()),
  );
  protected readonly organisations = loadResource(() => this.api.organisations());
  protected readonly loadedOrganisations = () => loadedValue(this.organisations()) ?? [];

  /** The form's directive: resetting through it also forgets that it was submitted, so no field turns red. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly nameInput = viewChild.required<ElementRef<HTMLInputElement>>('nameInput');
  /** The account being edited; null: the form makes a new one. */
  protected readonly editing = signal<AdminUser | null>(null);
  /** Why the question before deactivating could not be asked. */
  protected readonly listProblem = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    role: ['' as StaffRole | '', Validators.required],
    organisationId: ['', Validators.required],
  });
  protected readonly saving = signal(false);
  protected readonly formProblem = signal<string | null>(null);

  protected search(value: string): void {
    this.query.set(value);
  }

  /** Only staff accounts: a family member's account comes from the coordinator's invitation. */
  protected isStaff(user: AdminUser): boolean {
    return (STAFF_ROLES as readonly string[]).includes(user.role);
  }

  protected edit(user: AdminUser): void {
    this.editing.set(user);
    this.formProblem.set(null);
    this.form.setValue({
      email: user.email,
      displayName: user.displayName,
      role: user.role as StaffRole,
      organisationId: user.organisation?.id ?? '',
    });
    // Nobody changes their own role (the API refuses it too).
    if (user.id === this.auth.me()?.id) this.form.controls.role.disable();
    this.nameInput().nativeElement.focus();
  }

  protected cancel(): void {
    this.form.controls.role.enable();
    this.editing.set(null);
    this.formProblem.set(null);
    this.formDirective().resetForm();
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { role, ...rest } = this.form.getRawValue();
    const request = { ...rest, role: role as StaffRole };
    const editing = this.editing();
    this.saving.set(true);
    this.formProblem.set(null);
    try {
      const user = await firstValueFrom(
        editing ? this.api.updateUser(editing.id, request) : this.api.createUser(request),
      );
      this.confirmation.show(
        editing
          ? $localize`:@@admin.users.updated:De gegevens van ${user.displayName}:name: zijn opgeslagen.`
          : $localize`:@@admin.users.created:Account voor ${user.displayName}:name: aangemaakt; de uitnodiging is verstuurd naar ${user.email}:email:.`,
      );
      this.form.controls.role.enable();
      this.editing.set(null);
      this.formDirective().resetForm();
      this.reload.update((n) => n + 1);
    } catch (error) {
      this.formProblem.set(problemMessage(error));
    } finally {
      this.saving.set(false);
    }
  }

  /** Asks first, and says how many families and open tafels the person still carries (numbers only). */
  protected deactivate(user: AdminUser): void {
    this.listProblem.set(null);
    this.api.responsibilities(user.id).subscribe({
      next: (carries) =>
        this.confirmThen(
          {
            title: $localize`:@@admin.users.deactivateTitle:${user.displayName}:name: deactiveren?`,
            intro: deactivationIntro(user, carries),
            confirm: $localize`:@@admin.users.deactivateConfirm:Deactiveren`,
            action: this.action(this.api.deactivate(user.id)),
          },
          $localize`:@@admin.users.deactivated:${user.displayName}:name: is gedeactiveerd en overal uitgelogd.`,
        ),
      error: (error: unknown) => this.listProblem.set(problemMessage(error)),
    });
  }

  /** Opens the hand-over of a deactivated coordinator's families, when there are any left. */
  protected handOver(user: AdminUser): void {
    this.listProblem.set(null);
    this.api.responsibilities(user.id).subscribe({
      next: ({ families }) => {
        if (families === 0) {
          this.confirmation.show(
            $localize`:@@admin.users.nothingToHandOver:${user.displayName}:name: is van geen enkel gezin meer regievoerder.`,
          );
          return;
        }
        askHandover(this.dialog, orphanHandover(this.api, user, families)).subscribe(() => {
          this.confirmation.show(
            $localize`:@@admin.users.handedOver:De regie van de gezinnen van ${user.displayName}:name: is overgedragen.`,
          );
          this.reload.update((n) => n + 1);
        });
      },
      error: (error: unknown) => this.listProblem.set(problemMessage(error)),
    });
  }

  protected reactivate(user: AdminUser): void {
    this.confirmThen(
      {
        title: $localize`:@@admin.users.reactivateTitle:${user.displayName}:name: weer activeren?`,
        intro: [
          $localize`:@@admin.users.reactivateIntro:${user.displayName}:name: kan daarna weer inloggen, met dezelfde rol en organisatie. Wie vóór het deactiveren was ingelogd, moet opnieuw inloggen.`,
        ],
        confirm: $localize`:@@admin.users.reactivateConfirm:Weer activeren`,
        action: this.action(this.api.reactivate(user.id)),
      },
      $localize`:@@admin.users.reactivated:${user.displayName}:name: is weer actief en kan inloggen.`,
    );
  }

  protected resetSecondFactor(user: AdminUser): void {
    this.confirmThen(
      {
        title: $localize`:@@admin.users.resetTitle:Tweestapsverificatie van ${user.displayName}:name: wissen?`,
        intro: [
          $localize`:@@admin.users.resetIntro:${user.displayName}:name: wordt nu overal uitgelogd en stelt bij de volgende keer inloggen de tweestapsverificatie opnieuw in.`,
          $localize`:@@admin.users.resetCheck:Doe dit alleen als u zeker weet dat de vraag van ${user.displayName}:name: zelf komt.`,
        ],
        confirm: $localize`:@@admin.users.resetConfirm:Wissen`,
        action: this.action(this.api.resetSecondFactor(user.id)),
      },
      $localize`:@@admin.users.secondFactorReset:De tweestapsverificatie van ${user.displayName}:name: is gewist. Bij de volgende keer inloggen stelt die persoon een nieuwe in.`,
    );
  }

  /** Asks first; after the action, says what happened and reloads the list. */
  private confirmThen(data: ConfirmDialogData<AdminUser>, done: string): void {
    askConfirmation(this.dialog, data).subscribe(() => {
      this.confirmation.show(done);
      this.reload.update((n) => n + 1);
    });
  }

  private action(call: Observable<AdminUser>): ConfirmAction<AdminUser> {
    return { send: () => call, problem: problemMessage };
  }
}

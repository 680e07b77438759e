import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import {
  CaseDetail,
  NOT_INVITED_REASON_MIN_LENGTH,
  TafelDetail,
  TafelParticipant,
} from '@tafel/shared/contracts';
import { AuthStore, problemMessage, TafelsApi } from '@tafel/web/core';
import {
  askReason,
  ATTENDANCE_LABELS,
  INVITATION_LABELS,
  ReasonDialogData,
  TAFEL_ROLE_LABELS,
} from '@tafel/web/ui';
import { switchMap } from 'rxjs';
import { AddParticipant } from './add-participant';

/** Region "Deelnemers": who sits at the tafel; the coordinator leaves a parent out only with a reason. */
@Component({
  selector: 'tafel-participants',
  imports: [MatButtonModule, AddParticipant],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './participants.html',
  styleUrl: './participants.scss',
})
export class Participants {
  readonly tafel = input.required<TafelDetail>();
  readonly theCase = input<CaseDetail | null>(null);
  readonly changed = output<TafelDetail>();

  private readonly api = inject(TafelsApi);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthStore);

  protected readonly roles = TAFEL_ROLE_LABELS;
  protected readonly invitations = INVITATION_LABELS;
  protected readonly attendances = ATTENDANCE_LABELS;
  protected readonly error = signal<string | null>(null);
  /**
   * Who sits at the tafel is changed with `tafel:participants` by its requester, the case's coordinator
   * and its chair (the access table): participants are added until the tafel is held, a parent is left
   * out only while it is not yet scheduled.
   */
  private readonly mayManage = computed(() => {
    const me = this.auth.me()?.id;
    if (!me || !this.auth.hasPermission('tafel:participants')) return false;
    const seat = this.tafel().participants.find((p) => p.userId === me)?.role;
    return seat === 'chair' || seat === 'requester' || this.auth.coordinates(this.theCase());
  });
  protected readonly canAdd = computed(
    () => this.mayManage() && (this.tafel().status === 'requested' || this.tafel().status === 'scheduled'),
  );
  protected readonly canLeaveOut = computed(() => this.mayManage() && this.tafel().status === 'requested');

  /**
   * The role and the organisation, each said once: where the role names the organisation ("Raad voor de
   * Kinderbescherming" at "Raad voor de Kinderbescherming, regio Oost-Nederland"), the organisation alone.
   */
  protected roleAndOrganisation(participant: TafelParticipant): string[] {
    const role = this.roles[participant.role];
    const organisation = participant.organisation;
    if (!organisation) return [role];
    return organisation.startsWith(role) ? [organisation] : [role, organisation];
  }

  /** For a confidant: the name of the parent or child they support. */
  protected supports(participant: TafelParticipant): string | null {
    const id = participant.confidantForMemberId;
    return id ? (this.tafel().participants.find((p) => p.memberId === id)?.name ?? null) : null;
  }

  protected leaveOut(participant: TafelParticipant): void {
    const data: ReasonDialogData = {
      title: $localize`:@@participants.notInviteTitle:${participant.name}:name: niet uitnodigen`,
      intro: [
        $localize`:@@participants.notInviteIntro:Ouders zitten aan tafel, tenzij er een goede reden is. Die reden komt bij de tafel te staan.`,
      ],
      label: $localize`:@@participants.notInviteReason:Waarom wordt deze ouder niet uitgenodigd?`,
      confirm: $localize`:@@participants.notInviteConfirm:Niet uitnodigen`,
      minLength: NOT_INVITED_REASON_MIN_LENGTH,
    };
    this.error.set(null);
    askReason(this.dialog, data)
      .pipe(switchMap((reason) => this.api.notInvite(this.tafel().id, participant.id, reason)))
      .subscribe({
        next: (updated) => this.changed.emit(updated),
        error: (error: unknown) => this.error.set(problemMessage(error)),
      });
  }
}

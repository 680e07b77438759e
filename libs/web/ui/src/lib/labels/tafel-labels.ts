import {
  Attendance,
  ChildHeard,
  Decision,
  InvitationStatus,
  MomentType,
  ParentsView,
  TafelRole,
  TafelStatus,
} from '@tafel/shared/contracts';

/** The four moments at which a tafel is held (docs/domain.md). */
export const MOMENT_LABELS: Readonly<Record<MomentType, string>> = {
  toeleiding: $localize`:@@moment.toeleiding:Toeleiding`,
  overdracht: $localize`:@@moment.overdracht:Overdracht`,
  afschaling: $localize`:@@moment.afschaling:Afschaling`,
  herbespreking: $localize`:@@moment.herbespreking:Herbespreking`,
};

export const TAFEL_STATUS_LABELS: Readonly<Record<TafelStatus, string>> = {
  requested: $localize`:@@tafelStatus.requested:Aangevraagd`,
  scheduled: $localize`:@@tafelStatus.scheduled:Gepland`,
  in_session: $localize`:@@tafelStatus.inSession:Bezig`,
  concluded: $localize`:@@tafelStatus.concluded:Besluit genomen`,
  minutes_adopted: $localize`:@@tafelStatus.minutesAdopted:Verslag vastgesteld`,
  postponed: $localize`:@@tafelStatus.postponed:Uitgesteld`,
  cancelled: $localize`:@@tafelStatus.cancelled:Geannuleerd`,
};

export const DECISION_LABELS: Readonly<Record<Decision, string>> = {
  no_investigation: $localize`:@@decision.noInvestigation:Geen raadsonderzoek: de vrijwillige hulp gaat door`,
  conditional: $localize`:@@decision.conditional:Drang: onderzoek uitgesteld onder voorwaarden`,
  request_investigation: $localize`:@@decision.requestInvestigation:Verzoek tot onderzoek aan de Raad voor de Kinderbescherming`,
  handover_to_gi: $localize`:@@decision.handoverToGi:Overdracht aan een gecertificeerde instelling`,
  no_measure_requested: $localize`:@@decision.noMeasureRequested:Geen maatregel aanvragen`,
  end_measure_agreed: $localize`:@@decision.endMeasureAgreed:Maatregel beëindigen`,
  request_extension: $localize`:@@decision.requestExtension:De GI vraagt de kinderrechter om verlenging`,
};

/** Who sits at a tafel, as a professional would name them. */
export const TAFEL_ROLE_LABELS: Readonly<Record<TafelRole, string>> = {
  chair: $localize`:@@tafelRole.chair:Voorzitter`,
  secretary: $localize`:@@tafelRole.secretary:Secretaris`,
  requester: $localize`:@@tafelRole.requester:Aanvrager`,
  raad: $localize`:@@tafelRole.raad:Raad voor de Kinderbescherming`,
  vtt: $localize`:@@tafelRole.vtt:Veilig Thuis`,
  gi: $localize`:@@tafelRole.gi:Gecertificeerde instelling`,
  professional: $localize`:@@tafelRole.professional:Professional`,
  parent: $localize`:@@tafelRole.parent:Ouder`,
  child: $localize`:@@tafelRole.child:Kind of jongere`,
  confidant: $localize`:@@tafelRole.confidant:Vertrouwenspersoon`,
};

export const INVITATION_LABELS: Readonly<Record<InvitationStatus, string>> = {
  invited: $localize`:@@invitation.invited:Uitgenodigd, nog geen antwoord`,
  accepted: $localize`:@@invitation.accepted:Komt`,
  declined: $localize`:@@invitation.declined:Komt niet`,
  not_invited: $localize`:@@invitation.notInvited:Niet uitgenodigd`,
};

export const ATTENDANCE_LABELS: Readonly<Record<Attendance, string>> = {
  present: $localize`:@@attendance.present:Aanwezig`,
  absent: $localize`:@@attendance.absent:Afwezig`,
  represented_by_confidant: $localize`:@@attendance.representedByConfidant:Vertegenwoordigd door vertrouwenspersoon`,
  written_input: $localize`:@@attendance.writtenInput:Schriftelijke inbreng`,
};

/** How the child was heard; gemeenten audit this. */
export const CHILD_HEARD_LABELS: Readonly<Record<ChildHeard, string>> = {
  in_person: $localize`:@@childHeard.inPerson:Zelf, in een gesprek of aan tafel`,
  via_confidant: $localize`:@@childHeard.viaConfidant:Via een vertrouwenspersoon`,
  in_writing: $localize`:@@childHeard.inWriting:Schriftelijk`,
  declined: $localize`:@@childHeard.declined:Het kind wilde niet gehoord worden`,
  not_applicable: $localize`:@@childHeard.notApplicable:Niet van toepassing`,
};

export const PARENTS_VIEW_LABELS: Readonly<Record<ParentsView, string>> = {
  agree: $localize`:@@parentsView.agree:Eens`,
  disagree: $localize`:@@parentsView.disagree:Oneens`,
};

import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import {
  InvestigationAdvice,
  MeasureEndReason,
  MeasureFollowUp,
  MeasureType,
  MILESTONE_OWNERS,
  MILESTONE_TYPES,
  MilestoneType,
  OrganisationType,
  RecordMilestoneRequest,
} from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';
import { chosenPerson, PersonPick } from '@tafel/web/ui';

/** The milestones the caller's organisation owns (the API refuses the others). */
export function ownedMilestones(type: OrganisationType | null): MilestoneType[] {
  return type ? MILESTONE_TYPES.filter((m) => MILESTONE_OWNERS[m].includes(type)) : [];
}

const MILESTONE_FIELD_NAMES = [
  'advice',
  'measureType',
  'memberId',
  'durationMonths',
  'giOrganisationId',
  'jeugdbeschermer',
  'measureId',
  'endsOn',
  'reason',
  'followUp',
] as const;
export type MilestoneField = (typeof MILESTONE_FIELD_NAMES)[number];

/** Which extra fields a milestone asks for. */
export const MILESTONE_FIELDS: Readonly<Record<MilestoneType, readonly MilestoneField[]>> = {
  melding_received: [],
  safety_assessment_done: [],
  vtt_investigation_started: [],
  vtt_investigation_finished: [],
  vto_received: [],
  investigation_started: [],
  investigation_finished: ['advice'],
  petition_filed: ['measureType'],
  court_order: ['measureType', 'memberId', 'durationMonths', 'giOrganisationId'],
  jeugdbeschermer_assigned: ['jeugdbeschermer'],
  plan_van_aanpak_ready: [],
  help_started: [],
  measure_extended: ['measureId', 'endsOn'],
  measure_ended: ['measureId', 'reason', 'followUp'],
};
/** A real date, never in the future (the API checks the same). */
export function notInFuture(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value;
  if (!value) return { required: true };
  return value > dutchDate(new Date()) ? { future: true } : null;
}

export function milestoneForm() {
  return new FormGroup({
    type: new FormControl<MilestoneType | null>(null, Validators.required),
    occurredOn: new FormControl(dutchDate(new Date()), { nonNullable: true, validators: notInFuture }),
    advice: new FormControl<InvestigationAdvice | null>(null),
    measureType: new FormControl<MeasureType | null>(null),
    memberId: new FormControl<string | null>(null),
    durationMonths: new FormControl<number | null>(null),
    giOrganisationId: new FormControl<string | null>(null),
    jeugdbeschermer: new FormControl<PersonPick>(null),
    measureId: new FormControl<string | null>(null),
    endsOn: new FormControl<string>('', { nonNullable: true }),
    reason: new FormControl<MeasureEndReason | null>(null),
    followUp: new FormControl<MeasureFollowUp | null>(null),
  });
}
export type MilestoneForm = ReturnType<typeof milestoneForm>;

/** Makes the fields of the chosen milestone required and clears the rest. */
export function applyMilestoneFields(form: MilestoneForm): void {
  const type = form.controls.type.value;
  const fields = type ? MILESTONE_FIELDS[type] : [];
  for (const field of MILESTONE_FIELD_NAMES) {
    const control = form.controls[field] as AbstractControl;
    const wanted = fields.includes(field);
    control.setValidators(wanted ? Validators.required : null);
    if (!wanted) control.reset(field === 'endsOn' ? '' : null, { emitEvent: false });
    control.updateValueAndValidity({ emitEvent: false });
  }
}
/** The request for the chosen milestone: its date and only the fields it asks for. */
export function toMilestoneRequest(form: MilestoneForm): RecordMilestoneRequest {
  const value = form.getRawValue();
  if (!value.type) throw new Error('The form is valid only with a milestone type');
  const fields = MILESTONE_FIELDS[value.type];
  const request: RecordMilestoneRequest = { type: value.type, occurredOn: value.occurredOn };
  const has = (field: MilestoneField) => fields.includes(field);
  if (has('advice') && value.advice) request.advice = value.advice;
  if (has('measureType') && value.measureType) request.measureType = value.measureType;
  if (has('memberId') && value.memberId) request.memberId = value.memberId;
  if (has('durationMonths') && value.durationMonths) request.durationMonths = Number(value.durationMonths);
  if (has('giOrganisationId') && value.giOrganisationId) request.giOrganisationId = value.giOrganisationId;
  const jeugdbeschermer = has('jeugdbeschermer') ? chosenPerson(value.jeugdbeschermer) : null;
  if (jeugdbeschermer) request.jeugdbeschermerId = jeugdbeschermer.id;
  if (has('measureId') && value.measureId) request.measureId = value.measureId;
  if (has('endsOn') && value.endsOn) request.endsOn = value.endsOn;
  if (has('reason') && value.reason) request.reason = value.reason;
  if (has('followUp') && value.followUp) request.followUp = value.followUp;
  return request;
}

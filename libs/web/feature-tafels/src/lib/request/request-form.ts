import { AbstractControl, FormControl, NonNullableFormBuilder, Validators } from '@angular/forms';
import {
  MomentType,
  REQUEST_REASON_MIN_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  TafelRequestInput,
  TEXT_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { textValidator } from '@tafel/web/ui';

/** Moments that need to say which voluntary help was tried. */
const NEEDS_HELP_TRIED: readonly MomentType[] = ['toeleiding', 'herbespreking'];

export function needsHelpTried(moment: MomentType | ''): boolean {
  return moment !== '' && NEEDS_HELP_TRIED.includes(moment);
}

export function needsFamiliegroepsplan(moment: MomentType | ''): boolean {
  return moment === 'toeleiding';
}

/** The verzoek tot bespreking; which fields count depends on the moment and on whether the parents were reached. */
export function buildRequestForm(fb: NonNullableFormBuilder) {
  return fb.group({
    momentType: fb.control<MomentType | ''>('', Validators.required),
    reason: ['', textValidator(REQUEST_REASON_MIN_LENGTH)],
    voluntaryHelpTried: [{ value: '', disabled: true }, textValidator(TEXT_MIN_LENGTH)],
    familiegroepsplanOffered: new FormControl<boolean | null>(
      { value: null, disabled: true },
      Validators.required,
    ),
    parentsUnreachable: false,
    parentsReaction: ['', textValidator(TEXT_MIN_LENGTH)],
    parentsUnreachableReason: [
      { value: '', disabled: true },
      textValidator(TEXT_MIN_LENGTH, SHORT_TEXT_MAX_LENGTH),
    ],
    consentToShare: false,
  });
}

export type RequestForm = ReturnType<typeof buildRequestForm>;

/** Switches on exactly the fields the chosen moment and the parents' reachability ask for. */
export function applyRules(form: RequestForm): void {
  const { momentType, parentsUnreachable } = form.getRawValue();
  const { voluntaryHelpTried, familiegroepsplanOffered, parentsReaction, parentsUnreachableReason } =
    form.controls;
  toggle(voluntaryHelpTried, needsHelpTried(momentType));
  toggle(familiegroepsplanOffered, needsFamiliegroepsplan(momentType));
  toggle(parentsReaction, !parentsUnreachable);
  toggle(parentsUnreachableReason, parentsUnreachable);
}

function toggle(control: AbstractControl, enabled: boolean): void {
  if (enabled && control.disabled) control.enable({ emitEvent: false });
  if (!enabled && control.enabled) control.disable({ emitEvent: false });
}

/** The body for POST /tafels: only the fields that count, with the texts trimmed. */
export function toRequestInput(caseId: string, form: RequestForm): TafelRequestInput {
  const value = form.value;
  const text = (input: string | undefined) => input?.trim() || undefined;
  const input: TafelRequestInput = {
    caseId,
    momentType: value.momentType as MomentType,
    reason: value.reason?.trim() ?? '',
    consentToShare: value.consentToShare ?? false,
  };
  if (value.voluntaryHelpTried !== undefined) input.voluntaryHelpTried = text(value.voluntaryHelpTried);
  if (value.familiegroepsplanOffered !== undefined && value.familiegroepsplanOffered !== null) {
    input.familiegroepsplanOffered = value.familiegroepsplanOffered;
  }
  if (value.parentsReaction !== undefined) input.parentsReaction = text(value.parentsReaction);
  if (value.parentsUnreachableReason !== undefined) {
    input.parentsUnreachableReason = text(value.parentsUnreachableReason);
  }
  return input;
}

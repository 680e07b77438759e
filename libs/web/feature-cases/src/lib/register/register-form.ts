import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { AddMemberRequest, CreateCaseRequest, Gemeente } from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';

/** The people the form registers: parents and children (network members join through a tafel). */
export type RegisterKind = 'parent' | 'child';

export type MemberForm = FormGroup<{
  kind: FormControl<RegisterKind>;
  firstName: FormControl<string>;
  lastName: FormControl<string>;
  birthDate: FormControl<string>;
  custody: FormControl<boolean>;
  address: FormControl<string>;
  addressConfidential: FormControl<boolean>;
}>;

export type RegisterForm = FormGroup<{
  familyName: FormControl<string>;
  gemeente: FormControl<Gemeente | null>;
  members: FormArray<MemberForm>;
}>;

const NAME_MAX = 100;
const ADDRESS_MAX = 300;

/** A birth date: required for a child, a real date, and not in the future (the API checks the same). */
function birthDateValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value;
  const kind = (control.parent?.get('kind')?.value ?? 'parent') as RegisterKind;
  if (!value) return kind === 'child' ? { required: true } : null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return { date: true };
  return value > dutchDate(new Date()) ? { future: true } : null;
}

export function memberForm(kind: RegisterKind): MemberForm {
  const group: MemberForm = new FormGroup({
    kind: new FormControl<RegisterKind>(kind, { nonNullable: true }),
    firstName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(NAME_MAX)],
    }),
    lastName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(NAME_MAX)],
    }),
    birthDate: new FormControl('', { nonNullable: true, validators: birthDateValidator }),
    custody: new FormControl(kind === 'parent', { nonNullable: true }),
    address: new FormControl('', {
      nonNullable: true,
      validators: [Validators.minLength(3), Validators.maxLength(ADDRESS_MAX)],
    }),
    addressConfidential: new FormControl(false, { nonNullable: true }),
  });
  // The birth date's rule depends on the kind: check it again now that it has a parent, and on each change.
  group.controls.birthDate.updateValueAndValidity();
  group.controls.kind.valueChanges.subscribe(() => group.controls.birthDate.updateValueAndValidity());
  return group;
}

export function registerForm(): RegisterForm {
  return new FormGroup({
    familyName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(NAME_MAX)],
    }),
    gemeente: new FormControl<Gemeente | null>(null, Validators.required),
    members: new FormArray<MemberForm>([memberForm('parent')]),
  });
}

export function toCaseRequest(form: RegisterForm): CreateCaseRequest {
  const { familyName, gemeente } = form.getRawValue();
  if (!gemeente) throw new Error('The form is valid only with a gemeente');
  return { familyName: familyName.trim(), gemeente };
}

/** What the API gets for one person: only the fields that apply (custody for a parent only). */
export function toMemberRequest(member: MemberForm): AddMemberRequest {
  const value = member.getRawValue();
  const address = value.address.trim();
  return {
    kind: value.kind,
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    ...(value.birthDate ? { birthDate: value.birthDate } : {}),
    ...(value.kind === 'parent' ? { custody: value.custody } : {}),
    ...(address ? { address, addressConfidential: value.addressConfidential } : {}),
  };
}

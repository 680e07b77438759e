import { toIsoDate } from '@tafel/shared/util';
import { memberForm, registerForm, toCaseRequest, toMemberRequest } from './register-form';

describe('the register form', () => {
  it('needs a birth date for a child, never in the future, and none for a parent', () => {
    const child = memberForm('child');
    child.patchValue({ firstName: 'Noah', lastName: 'Mulder' });
    expect(child.controls.birthDate.hasError('required')).toBe(true);
    child.controls.birthDate.setValue(toIsoDate(new Date(Date.now() + 2 * 86_400_000)));
    expect(child.controls.birthDate.hasError('future')).toBe(true);
    child.controls.birthDate.setValue('2016-05-04');
    expect(child.valid).toBe(true);
    const parent = memberForm('parent');
    parent.patchValue({ firstName: 'Ilse', lastName: 'Mulder' });
    expect(parent.valid).toBe(true);
    // Switching a person to child makes the birth date required again.
    parent.controls.kind.setValue('child');
    expect(parent.controls.birthDate.hasError('required')).toBe(true);
  });

  it('sends custody for a parent only, and the confidentiality with an address only', () => {
    const parent = memberForm('parent');
    parent.patchValue({ firstName: ' Ilse ', lastName: 'Mulder', custody: false });
    expect(toMemberRequest(parent)).toEqual({
      kind: 'parent',
      firstName: 'Ilse',
      lastName: 'Mulder',
      custody: false,
    });
    const child = memberForm('child');
    child.patchValue({
      firstName: 'Noah',
      lastName: 'Mulder',
      birthDate: '2016-05-04',
      address: 'Grotestraat 1, Almelo',
      addressConfidential: true,
    });
    expect(toMemberRequest(child)).toEqual({
      kind: 'child',
      firstName: 'Noah',
      lastName: 'Mulder',
      birthDate: '2016-05-04',
      address: 'Grotestraat 1, Almelo',
      addressConfidential: true,
    });
  });

  it('needs a family name and a gemeente for the case', () => {
    const form = registerForm();
    expect(form.controls.gemeente.hasError('required')).toBe(true);
    form.patchValue({ familyName: ' Mulder ', gemeente: 'Almelo' });
    expect(toCaseRequest(form)).toEqual({ familyName: 'Mulder', gemeente: 'Almelo' });
  });
});

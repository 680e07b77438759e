import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { formErrorsProvider } from './form-errors';

@Component({
  selector: 'tafel-host',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <mat-form-field>
        <mat-label>Naam</mat-label>
        <input matInput formControlName="name" />
        <mat-error>Vul de naam in.</mat-error>
      </mat-form-field>
      <button type="submit">Opslaan</button>
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({ name: new FormControl('', Validators.required) });
}

describe('formErrorsProvider', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        formErrorsProvider,
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    }),
  );

  const invalid = (element: HTMLElement) =>
    element.querySelector('mat-form-field')?.classList.contains('mat-form-field-invalid');

  const render = () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { fixture, element, settle };
  };

  it('leaves an empty field that was only tabbed through without an error', async () => {
    const { fixture, element, settle } = render();
    const input = element.querySelector('input') as HTMLInputElement;
    input.dispatchEvent(new Event('focus'));
    input.dispatchEvent(new Event('blur'));
    await settle();
    expect(fixture.componentInstance.form.controls.name.touched).toBe(true);
    expect(element.textContent).not.toContain('Vul de naam in.');
    expect(invalid(element)).toBe(false);
  });

  it('shows the error once the form is sent, and after typing and clearing', async () => {
    const { element, settle } = render();
    (element.querySelector('button') as HTMLButtonElement).click();
    await settle();
    expect(element.textContent).toContain('Vul de naam in.');
    expect(invalid(element)).toBe(true);

    const again = render();
    const input = again.element.querySelector('input') as HTMLInputElement;
    input.value = 'x';
    input.dispatchEvent(new Event('input'));
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await again.settle();
    expect(again.element.textContent).toContain('Vul de naam in.');
  });
});

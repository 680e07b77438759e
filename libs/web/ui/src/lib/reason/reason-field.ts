import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { REASON_MAX_LENGTH } from '@tafel/shared/contracts';
import { checkOnControlEvents } from '../form-errors/check-on-control-events';

/**
 * A reason in a form: a text area with its label, hint and Dutch errors. The control carries a
 * `textValidator(minLength, maxLength)`; the field shows what it says.
 */
@Component({
  selector: 'tafel-reason-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reason-field.html',
  styles: `
    :host,
    mat-form-field {
      display: block;
    }
    /* The hint or error grows with its text (it wraps on a phone) instead of running over the next field. */
    :host {
      margin-bottom: 1rem;
    }
  `,
})
export class ReasonField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly minLength = input.required<number>();
  readonly maxLength = input(REASON_MAX_LENGTH);
  readonly hint = input<string>();
  /** Shown when the field is empty; "Vul een reden in." unless the form asks for something else. */
  readonly requiredMessage = input<string>();
  readonly rows = input(3);

  constructor() {
    checkOnControlEvents(this.control);
  }
}

import { TestBed } from '@angular/core/testing';
import { Confirmation } from './confirmation';

describe('Confirmation', () => {
  it('shows what happened in a snack bar with a close button', async () => {
    TestBed.inject(Confirmation).show('De tafel is gepland.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const bar = document.querySelector('mat-snack-bar-container');
    expect(bar?.textContent).toContain('De tafel is gepland.');
    expect(bar?.querySelector('button')?.textContent).toContain('Sluiten');
  });
});

import { TestBed } from '@angular/core/testing';
import { PhaseChip } from './phase-chip';

describe('PhaseChip', () => {
  it('names the phase in Dutch and marks it for styling', () => {
    const fixture = TestBed.createComponent(PhaseChip);
    fixture.componentRef.setInput('phase', 'investigation');
    fixture.detectChanges();
    const chip = (fixture.nativeElement as HTMLElement).querySelector('span');
    expect(chip?.textContent).toBe('Raadsonderzoek');
    expect(chip?.classList).toContain('chip--investigation');
    expect(chip?.classList).toContain('chip');
  });
});

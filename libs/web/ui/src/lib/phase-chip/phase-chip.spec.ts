import { TestBed } from '@angular/core/testing';
import { PhaseChip } from './phase-chip';

describe('PhaseChip', () => {
  it('names the phase in Dutch, in the tone of the phases under investigation or drang', () => {
    const fixture = TestBed.createComponent(PhaseChip);
    fixture.componentRef.setInput('phase', 'investigation');
    fixture.detectChanges();
    const chip = (fixture.nativeElement as HTMLElement).querySelector('span');
    expect(chip?.textContent?.trim()).toBe('Raadsonderzoek');
    expect(chip?.classList).toContain('chip--tertiary');
    expect(chip?.classList).toContain('chip');
  });
});

import { TestBed } from '@angular/core/testing';
import { TafelStatusChip } from './tafel-status-chip';

describe('TafelStatusChip', () => {
  it('names the status in Dutch and marks it for styling', () => {
    const fixture = TestBed.createComponent(TafelStatusChip);
    fixture.componentRef.setInput('status', 'scheduled');
    fixture.detectChanges();
    const chip = (fixture.nativeElement as HTMLElement).querySelector('span');
    expect(chip?.textContent).toBe('Gepland');
    expect(chip?.classList).toContain('chip--scheduled');
  });
});

import { TestBed } from '@angular/core/testing';
import { TafelStatusChip } from './tafel-status-chip';

describe('TafelStatusChip', () => {
  it('names the status in Dutch, coloured as a planned tafel', () => {
    const fixture = TestBed.createComponent(TafelStatusChip);
    fixture.componentRef.setInput('status', 'scheduled');
    fixture.detectChanges();
    const chip = (fixture.nativeElement as HTMLElement).querySelector('span');
    expect(chip?.textContent?.trim()).toBe('Gepland');
    expect(chip?.classList).toContain('chip--primary');
  });
});

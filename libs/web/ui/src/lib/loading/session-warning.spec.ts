import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SessionWarning } from './session-warning';

@Component({
  imports: [SessionWarning],
  template: `<tafel-session-warning
    [endsAt]="endsAt()"
    [problem]="problem()"
    [child]="child()"
    (stay)="stays = stays + 1"
  />`,
})
class Host {
  readonly endsAt = signal<Date | null>(null);
  readonly child = signal(false);
  readonly problem = signal<string | null>(null);
  stays = 0;
}

describe('SessionWarning', () => {
  it('shows nothing until the end is near, then says how long is left and takes the focus', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role=alertdialog]')).toBeNull();

    fixture.componentInstance.endsAt.set(new Date(Date.now() + 45_000));
    await fixture.whenStable();
    const dialog = element.querySelector('[role=alertdialog]') as HTMLElement;
    expect(dialog.textContent).toMatch(/Over 4[45] seconden eindigt uw sessie/);
    const stay = dialog.querySelector('button') as HTMLButtonElement;
    expect(document.activeElement).toBe(stay);
    stay.click();
    expect(fixture.componentInstance.stays).toBe(1);

    fixture.componentInstance.problem.set('Uw sessie kan niet langer duren.');
    await fixture.whenStable();
    expect(dialog.textContent).toContain('Uw sessie kan niet langer duren.');
  });

  it('says "je" to a child', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.child.set(true);
    fixture.componentInstance.endsAt.set(new Date(Date.now() + 45_000));
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Je wordt bijna uitgelogd');
    expect(text).toMatch(/Over 4[45] seconden eindigt je sessie. Wat je nog niet hebt opgeslagen/);
    expect(text).not.toMatch(/\b(u|uw)\b/i);
  });
});

import { TestBed } from '@angular/core/testing';
import { detail, participant, signIn } from '../../../testing/fixtures';
import { Participants } from './participants';

describe('Participants', () => {
  async function render(participants: ReturnType<typeof participant>[]): Promise<HTMLElement> {
    const http = await signIn('coordinator', 'u-coordinator');
    const fixture = TestBed.createComponent(Participants);
    fixture.componentRef.setInput('tafel', detail({ id: 't1', status: 'minutes_adopted', participants }));
    await fixture.whenStable();
    http.verify();
    return fixture.nativeElement as HTMLElement;
  }

  it('says so when nobody was recorded at the tafel, instead of a heading over nothing', async () => {
    const element = await render([]);
    expect(element.querySelector('ul')?.textContent?.trim()).toBe('Er zijn geen deelnemers vastgelegd.');
  });

  it('lists who sits at the tafel, without that line', async () => {
    const element = await render([participant({ id: 'p1', role: 'chair', name: 'Joke Nijenhuis' })]);
    expect(element.textContent).toContain('Joke Nijenhuis');
    expect(element.textContent).not.toContain('geen deelnemers');
  });
});

import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { InvitationStatus, TafelDetail, TafelParticipant } from '@tafel/shared/contracts';
import { detail, participant, signIn } from '../../testing/fixtures';
import { RsvpButtons } from './rsvp-buttons';

describe('RsvpButtons', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RsvpButtons>;
  let loader: HarnessLoader;

  const tafel = (invitation: InvitationStatus, seat: Partial<TafelParticipant> = {}): TafelDetail =>
    detail({
      id: 't1',
      status: 'scheduled',
      participants: [participant({ id: 'p1', role: 'parent', userId: 'u-sanne', invitation, ...seat })],
    });

  async function render(invitation: InvitationStatus, seat: Partial<TafelParticipant> = {}): Promise<void> {
    http = await signIn('parent', 'u-sanne');
    fixture = TestBed.createComponent(RsvpButtons);
    fixture.componentRef.setInput('tafel', tafel(invitation, seat));
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const button = (text: string) => loader.getHarness(MatButtonHarness.with({ text }));
  async function state(text: string): Promise<[string | null, string | null, boolean]> {
    const harness = await button(text);
    const host = await harness.host();
    const check = (await host.getProperty<string>('innerHTML')).includes('class="check"');
    return [await harness.getAppearance(), await host.getAttribute('aria-pressed'), check];
  }

  it('offers "Ik kom" first while there is no answer yet', async () => {
    await render('invited');
    expect(await state('Ik kom')).toEqual(['filled', 'false', false]);
    expect(await state('Ik kom niet')).toEqual(['outlined', 'false', false]);
  });

  it('shows the chosen answer filled, pressed and checked, the other one outlined', async () => {
    await render('declined');
    expect(await state('Ik kom niet')).toEqual(['filled', 'true', true]);
    expect(await state('Ik kom')).toEqual(['outlined', 'false', false]);
  });

  it('moves the mark to the new answer after a change of mind', async () => {
    await render('declined');
    await (await button('Ik kom')).click();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/rsvp' });
    expect(request.request.body).toEqual({ response: 'accepted' });
    request.flush(tafel('accepted'));
    // The page answers the output with the updated tafel.
    fixture.componentRef.setInput('tafel', tafel('accepted'));
    await fixture.whenStable();

    expect(await state('Ik kom')).toEqual(['filled', 'true', true]);
    expect(await state('Ik kom niet')).toEqual(['outlined', 'false', false]);
  });

  it('is busy while the answer is sent', async () => {
    await render('invited');
    await (await button('Ik kom niet')).click();
    const host = await (await button('Ik kom niet')).host();
    expect(await host.getAttribute('aria-busy')).toBe('true');
    http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/rsvp' }).flush(tafel('declined'));
    await fixture.whenStable();
    expect(await host.getAttribute('aria-busy')).toBe('false');
  });

  it('sends a change of mind made while the first answer is sent right after it', async () => {
    await render('invited');
    await (await button('Ik kom')).click();
    await (await button('Ik kom niet')).click();
    const first = http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/rsvp' });
    expect(first.request.body).toEqual({ response: 'accepted' });
    first.flush(tafel('accepted'));
    const second = http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/rsvp' });
    expect(second.request.body).toEqual({ response: 'declined' });
    second.flush(tafel('declined'));
    await fixture.whenStable();
    expect(await (await (await button('Ik kom niet')).host()).getAttribute('aria-busy')).toBe('false');
  });

  it('sends nothing more when the mind comes back before the first answer is saved', async () => {
    await render('invited');
    await (await button('Ik kom')).click();
    await (await button('Ik kom niet')).click();
    await (await button('Ik kom')).click();
    http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/rsvp' }).flush(tafel('accepted'));
    await fixture.whenStable();
    http.expectNone({ method: 'PUT', url: '/api/v1/tafels/t1/rsvp' });
  });

  it('asks nothing more before "Ik kom niet"', async () => {
    await render('accepted');
    expect(await loader.getAllHarnesses(MatInputHarness)).toHaveLength(0);
  });

  it('offers an optional reason and "Ik wil graag een ander moment" after "Ik kom niet"', async () => {
    await render('declined');
    const reason = await loader.getHarness(MatInputHarness);
    expect(await reason.getValue()).toBe('');
    await reason.setValue('  Ik werk die ochtend. ');
    await (
      await loader.getHarness(MatCheckboxHarness.with({ label: 'Ik wil graag een ander moment' }))
    ).check();
    await (await button('Versturen')).click();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/rsvp' });
    expect(request.request.body).toEqual({
      response: 'declined',
      declineReason: 'Ik werk die ochtend.',
      wantsOtherMoment: true,
    });
    request.flush(tafel('declined', { declineReason: 'Ik werk die ochtend.', wantsOtherMoment: true }));
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Verstuurd.');
  });

  it('shows the parent their own reason and wish again', async () => {
    await render('declined', { declineReason: 'Ziek', wantsOtherMoment: true });
    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe('Ziek');
    expect(await (await loader.getHarness(MatCheckboxHarness)).isChecked()).toBe(true);
  });

  it('sends no reason that is too long', async () => {
    await render('declined');
    const reason = await loader.getHarness(MatInputHarness);
    const host = await reason.host();
    await host.setInputValue('x'.repeat(301));
    await host.dispatchEvent('input');
    await (await button('Versturen')).click();
    http.expectNone({ method: 'PUT', url: '/api/v1/tafels/t1/rsvp' });
    expect(fixture.nativeElement.textContent).toContain('hoogstens 300 tekens');
  });
});

import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DRAFTS_KEY, FormDrafts } from './form-drafts';

describe('FormDrafts', () => {
  let drafts: FormDrafts;

  beforeEach(() => {
    sessionStorage.clear();
    document.body.innerHTML = `
      <form>
        <textarea formcontrolname="reason"></textarea>
        <input formcontrolname="email" type="email" />
        <input formcontrolname="password" type="password" />
      </form>`;
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    drafts = TestBed.inject(FormDrafts);
  });

  const field = (name: string) => document.querySelector(`[formcontrolname=${name}]`) as HTMLInputElement;

  it('keeps typed text per page, never a password, and puts it back once', () => {
    field('reason').value = 'Nog niet verstuurd';
    field('password').value = 'geheim';
    drafts.keep('/tafels/nieuw?gezin=1');
    expect(sessionStorage.getItem(DRAFTS_KEY)).not.toContain('geheim');

    field('reason').value = '';
    const heard: string[] = [];
    field('reason').addEventListener('input', () => heard.push(field('reason').value));
    drafts.restore('/tafels/nieuw?gezin=1');
    expect(field('reason').value).toBe('Nog niet verstuurd');
    expect(heard).toEqual(['Nog niet verstuurd']);
    expect(sessionStorage.getItem(DRAFTS_KEY)).toBeNull();
  });

  it('leaves another page alone', () => {
    field('reason').value = 'Voor pagina A';
    drafts.keep('/a');
    field('reason').value = '';
    drafts.restore('/b');
    expect(field('reason').value).toBe('');
  });

  it('fills fields that appear later (a page still loading)', async () => {
    field('reason').value = 'Later';
    drafts.keep('/a');
    document.body.innerHTML = '';
    drafts.restore('/a');
    document.body.innerHTML = '<textarea formcontrolname="reason"></textarea>';
    await new Promise((resolve) => setTimeout(resolve));
    expect(field('reason').value).toBe('Later');
  });
});

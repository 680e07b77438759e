import { accessEventLabel } from './access-event-labels';

describe('accessEventLabel', () => {
  it('says a known event in words', () => {
    expect(accessEventLabel('case.access-log.read')).toBe('"Wie keek in mijn dossier" bekeken');
    expect(accessEventLabel('access_log_exported')).toBe('Toegangslog geëxporteerd');
  });

  it('reads a failed write as an attempt and a refused permission as such', () => {
    expect(accessEventLabel('tafel.decide.failed')).toBe(
      'Besluit van de tafel vastgelegd (mislukt, niets veranderd)',
    );
    expect(accessEventLabel('tafel:request')).toBe('Geprobeerd zonder bevoegdheid (tafel:request)');
  });

  it('keeps the code of an event it does not know', () => {
    expect(accessEventLabel('something.new')).toBe('something.new');
  });
});

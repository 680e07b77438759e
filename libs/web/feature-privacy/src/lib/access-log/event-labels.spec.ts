import { eventLabel } from './event-labels';

describe('eventLabel', () => {
  it('says a known event in words', () => {
    expect(eventLabel('case.access-log.read')).toBe('"Wie keek in mijn dossier" bekeken');
    expect(eventLabel('access_log_exported')).toBe('Toegangslog geëxporteerd');
  });

  it('reads a failed write as an attempt and a refused permission as such', () => {
    expect(eventLabel('tafel.decide.failed')).toBe(
      'Besluit van de tafel vastgelegd (mislukt, niets veranderd)',
    );
    expect(eventLabel('tafel:request')).toBe('Geprobeerd zonder bevoegdheid (tafel:request)');
  });

  it('keeps the code of an event it does not know', () => {
    expect(eventLabel('something.new')).toBe('something.new');
  });
});

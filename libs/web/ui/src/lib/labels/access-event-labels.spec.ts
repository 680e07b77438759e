import { accessEventLabel } from './access-event-labels';

describe('accessEventLabel', () => {
  it('says a known event in words', () => {
    expect(accessEventLabel('case.access-log.read')).toBe('"Wie keek in mijn dossier" bekeken');
    expect(accessEventLabel('access_log_exported')).toBe('Toegangslog geëxporteerd');
  });

  it('says in words every event the API logs, a list read and an administrator’s action among them', () => {
    expect(accessEventLabel('dashboard.read')).toBe('Gezin getoond op "Mijn gezinnen"');
    expect(accessEventLabel('tafel.notes.read')).toBe('Aantekeningen van de tafel gevolgd');
    expect(accessEventLabel('admin.user.second-factor-reset')).toBe(
      'Tweede stap van inloggen opnieuw ingesteld',
    );
  });

  it('reads a failed write as an attempt and a refused permission as such', () => {
    expect(accessEventLabel('tafel.decide.failed')).toBe(
      'Besluit van de tafel vastgelegd (mislukt, niets veranderd)',
    );
    expect(accessEventLabel('tafel:request')).toBe('Geprobeerd zonder bevoegdheid (tafel:request)');
  });

  it('keeps the code of an event it does not know (an older row), and no inherited name reads as one', () => {
    expect(accessEventLabel('something.new')).toBe('something.new');
    expect(accessEventLabel('toString')).toBe('toString');
  });
});

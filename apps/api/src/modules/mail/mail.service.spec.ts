import { Logger } from '@nestjs/common';
import { loadConfig } from '../../config/app-config';
import { MailService } from './mail.service';

describe('MailService without SMTP_URL', () => {
  const mail = { to: 'ouder@example.nl', subject: 'Uw account voor Tafel', text: 'https://tafel.test/x' };
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('writes the mail, link and all, to the log in the demo', async () => {
    const service = new MailService(loadConfig({ NODE_ENV: 'development', TAFEL_DEMO: 'true' }));
    expect(await service.send(mail)).toBe('logged');
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('https://tafel.test/x'));
    expect(logged).not.toHaveBeenCalledWith(expect.stringContaining('ouder@example.nl'));
  });

  it('logs only the subject outside the demo, and says the mail was dropped', async () => {
    const service = new MailService(loadConfig({ NODE_ENV: 'development', TAFEL_DEMO: 'false' }));
    expect(await service.send(mail)).toBe('dropped');
    expect(logged).toHaveBeenCalledWith('SMTP_URL not set: not sending "Uw account voor Tafel"');
  });
});

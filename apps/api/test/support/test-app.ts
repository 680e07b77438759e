import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testDatabaseUrl, totpCode } from '@tafel/api/testing';
import { createApp } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { TEST_PASSWORD, TEST_TOTP_SECRET } from './factories';

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real application (guards, pipes, filter, body limit) on this worker's database, or the one given. */
export async function createTestApp(
  env: NodeJS.ProcessEnv = {},
  databaseUrl = testDatabaseUrl(),
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', WEB_ROOT: '', JOB_POLL_MS: '0', ...env });
  const app = await createApp(config, databaseUrl);
  await app.init();
  return { app, dataSource: app.get(DataSource), config, close: () => app.close() };
}

/** A supertest agent that keeps the session cookie, logged in as the given user. */
export async function loginAs(app: INestApplication, email: string, password: string) {
  const agent = request.agent(app.getHttpServer());
  const res = await agent.post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status}`);
  return agent;
}

/**
 * As `loginAs`, with the second factor of a user made `WITH_TOTP`: password, then code. The API takes a
 * time step's code once per account, so the account's last step is forgotten first: a test may log the
 * same account in again within 30 s.
 */
export async function loginWithCode(t: TestApp, email: string) {
  await t.dataSource.query('UPDATE app_user SET totp_last_step = NULL WHERE email = $1', [email]);
  const agent = await loginAs(t.app, email, TEST_PASSWORD);
  const res = await agent.post('/api/v1/auth/totp/verify').send({ code: totpCode(TEST_TOTP_SECRET) });
  if (res.status !== 200) throw new Error(`second factor failed for ${email}: ${res.status}`);
  return agent;
}

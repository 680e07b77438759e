import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { Express, NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { API_PREFIX } from '@tafel/shared/contracts';
import { AppModule } from './app.module';
import type { DestinationStream } from 'pino';
import { AppLogger, createPino } from './common/logging/app-logger';
import { apiVersionHeader } from './common/http/api-version.middleware';
import { jsonBody } from './common/http/json-body';
import { createHttpAdapter } from './common/http/http-adapter';
import { openApiDocument } from './common/http/openapi';
import { FILE_UPLOAD_PATHS, bodyTaken, fileBody } from './modules/plans/file-body';
import { originCheck } from './common/http/origin-check.middleware';
import { requestLog } from './common/http/request-log.middleware';
import { securityHeaders } from './common/http/security-headers';
import { serveWebApp } from './common/http/web-app';
import { AppConfig } from './config/app-config';

/** Builds the whole HTTP application; used by main.ts and by the integration tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logDestination?: DestinationStream,
): Promise<INestApplication> {
  const pino = createPino(config.logLevel, logDestination);
  // Strict routing (no trailing slashes) and 405 with Allow for a known path's other methods (http-adapter.ts).
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    createHttpAdapter(),
    { bodyParser: false, logger: new AppLogger(pino) },
  );
  // X-Forwarded-For / -Proto only from the configured proxies: req.ip is then the real client address
  // (access log, login rate limit) and req.secure is true behind a TLS-terminating proxy.
  app.set('trust proxy', config.trustProxy.length ? config.trustProxy : false);
  app.use(
    helmet({
      // Served over plain http on localhost in demo mode; production sits behind TLS (see docs/deployment.md).
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, frameAncestors: ["'none'"] } },
      // Never framed (clickjacking): frame-ancestors 'none' above, X-Frame-Options for older browsers.
      xFrameOptions: { action: 'deny' },
    }),
  );
  app.use(securityHeaders);
  // gzip or brotli (by Accept-Encoding) for every compressible answer above 1 kB: the app, JSON, CSV.
  app.use(compression());
  app.use(requestLog(pino));
  app.use(apiVersionHeader);
  app.use(originCheck([new URL(config.appUrl).origin, ...config.corsOrigins]));
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });
  // A file upload is the one route with a raw body (its own limit); every other body is JSON.
  app.use(FILE_UPLOAD_PATHS, fileBody());
  const json = jsonBody(config.bodyLimit);
  app.use((req: Request, res: Response, next: NextFunction) =>
    bodyTaken(req) ? next() : json(req, res, next),
  );
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  const http = app.getHttpAdapter().getInstance() as Express;
  const document = openApiDocument(app, config);
  http.get(`/${API_PREFIX}/openapi.json`, (_req: Request, res: Response) => {
    res.json(document);
  });
  if (config.webRoot && !serveWebApp(http, config.webRoot)) {
    new Logger('Bootstrap').warn(`No web app found in ${config.webRoot}; serving the API only`);
  }
  return app;
}

/** Builds the Fastify application (no listen): plugins, hooks, the error mapping and every route. */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { constants as zlib } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyBaseLogger, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type Config, trustProxyOption } from './config.ts';
import type { Ctx } from './context.ts';
import type { Db } from './db/create-db.ts';
import { checkAccess } from './http/access.ts';
import { errorHandler, frameworkErrorHandler, notFoundHandler } from './http/errors.ts';
import { authenticate } from './http/session.ts';
import { SessionCache } from './http/session-cache.ts';
import { registerRoutes } from './routes.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    sessions: SessionCache;
  }
  interface FastifyRequest {
    ctx: Ctx;
  }
}

export type BuildOptions = { db: Db; config: Config; logger?: boolean | object };

export async function buildApp({ db, config, logger }: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('db', db);
  app.decorate('config', config);
  app.decorate('sessions', new SessionCache());
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onRoute', (route) => {
    // The documentation UI and the static web app are public; everything else says what it needs.
    if (route.url.startsWith('/api/docs') || !route.url.startsWith('/api')) {
      route.config = { ...route.config, access: route.config?.access ?? 'public' };
    }
  });

  await app.register(fastifyCookie);
  // JSON answers compressed on the fly (brotli at a quality that costs little CPU); the web app's
  // files are compressed once, at build time (vite.config.ts), and served as they are.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Boligsocial API',
        version: '1.0.0',
        description:
          'Boligsociale helhedsplaner: registry, plans, approval, contracts and reporting. ' +
          'Errors are application/problem+json; writes need If-Match with the ETag version.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'boligsocial_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  const authenticateApi = authenticate(db, config, app.sessions);
  app.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
    // The web app's files are public and the same for everybody: they never touch the database.
    if (req.url.startsWith('/api/')) await authenticateApi(req, reply);
    req.ctx = { db, actor: req.actor, requestId: req.id };
    await checkAccess(req);
  });
  app.addHook('onSend', async (req, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
    if (req.url.startsWith('/api/') && !req.url.startsWith('/api/docs')) {
      void reply.header('cache-control', 'no-store');
    }
  });

  registerRoutes(app);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  if (config.webDist && existsSync(config.webDist)) {
    const root = resolve(config.webDist);
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      // Vite names assets by their content's hash: they never change under one name.
      setHeaders: (res, path) => {
        const immutable = path.includes(`${sep}assets${sep}`);
        void res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // The web app routes on the client: unknown non-API paths get index.html.
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api') || req.method !== 'GET') return notFoundHandler(req, reply);
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler(notFoundHandler);
  }
  return app;
}

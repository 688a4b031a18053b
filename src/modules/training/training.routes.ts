import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { baseRoutes } from './bases.routes';
import { bookingRoutes } from './bookings.routes';
import { competitionRoutes } from './competitions.routes';
import { programmeRoutes } from './programmes.routes';

/** Training bases and bookings, programmes with certificates, and skill competitions. */
export function trainingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(baseRoutes(ctx));
    await app.register(bookingRoutes(ctx));
    await app.register(programmeRoutes(ctx));
    await app.register(competitionRoutes(ctx));
  };
}

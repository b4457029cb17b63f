/** Every feature's routes, in one list. */
import type { App } from './app.ts';
import { authRoutes } from './features/auth/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { urbanAreaRoutes } from './features/urban-areas/routes.ts';
import { userRoutes } from './features/users/routes.ts';

export function registerRoutes(app: App): void {
  healthRoutes(app);
  authRoutes(app);
  urbanAreaRoutes(app);
  userRoutes(app);
}

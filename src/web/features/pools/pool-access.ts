/** Who may create pools and allocate from them: the same policy as the server (`pool.write`). */
import { useSession } from '../../session.tsx';

/** In the pool's municipality, or (for a new pool) the user's own. */
export function useMayWritePools(municipalityId?: string): boolean {
  const { me, may } = useSession();
  const scope = municipalityId ?? me?.scope.municipalityId ?? null;
  return scope !== null && may('pool.write', { municipalityId: scope });
}

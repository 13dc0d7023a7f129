// The signed-in user, shared by every page: restored from the cookie session on load,
// replaced on login, cleared on logout or when the server answers 401.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionResponse, UserDto } from '../../contracts/identity';
import type { Permission } from '../../domain/roles';
import { api, isApiError, setCsrfToken } from './api';

export const SESSION_QUERY_KEY = ['session'] as const;

export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api.get<SessionResponse>('/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: SESSION_QUERY_KEY,
  queryFn: fetchSession,
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function useSession(): SessionResponse | null {
  return useQuery(sessionQueryOptions).data ?? null;
}

/** Inside the signed-in layout the user is always there; the route guard made sure. */
export function useUser(): UserDto {
  const session = useSession();
  if (!session) throw new Error('useUser outside a signed-in route');
  return session.user;
}

export function hasPermission(user: UserDto | null | undefined, permission: Permission): boolean {
  return user?.permissions.includes(permission) ?? false;
}

export function useCan(permission: Permission): boolean {
  return hasPermission(useSession()?.user, permission);
}

import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { DuplicateCheckBody, PossibleDuplicateDto } from '../../../../contracts/intake';
import { isApiError } from '../../../lib/api';
import { checkDuplicates } from '../api/referrals-api';

const NO_CANDIDATES: PossibleDuplicateDto[] = [];

/**
 * Looks for a known family while the form is being filled in: once a municipality and a
 * child's birth or due date are there. Only the intake desk may look (others get 403, and
 * then there is simply nothing to show).
 */
export function useDuplicateCheck(body: DuplicateCheckBody | null, mayCheck: boolean) {
  // Debounce on the serialised body: the form hands a fresh object on every render.
  const [debounced] = useDebouncedValue(body ? JSON.stringify(body) : null, 600);
  const query = useQuery({
    queryKey: ['duplicate-check', debounced],
    queryFn: async () => {
      try {
        return (await checkDuplicates(JSON.parse(debounced as string) as DuplicateCheckBody)).candidates;
      } catch (error) {
        if (isApiError(error) && (error.status === 403 || error.status === 422)) return NO_CANDIDATES;
        throw error;
      }
    },
    enabled: mayCheck && debounced !== null,
    staleTime: 60_000,
    retry: false,
  });
  return { candidates: query.data ?? NO_CANDIDATES, isChecking: query.isFetching };
}

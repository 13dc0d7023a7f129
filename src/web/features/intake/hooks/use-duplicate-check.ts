import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { DuplicateCheckBody } from '../../../../contracts/intake';
import { NO_CANDIDATES, referralQueries } from '../api/referrals-queries';

/**
 * Looks for a known family while the form is being filled in: once a municipality and a
 * child's birth or due date are there.
 */
export function useDuplicateCheck(body: DuplicateCheckBody | null, mayCheck: boolean) {
  // Debounce on the serialised body: the form hands a fresh object on every render.
  const [debounced] = useDebouncedValue(body ? JSON.stringify(body) : null, 600);
  const query = useQuery(referralQueries.duplicateCheck(debounced, mayCheck));
  return { candidates: query.data ?? NO_CANDIDATES, isChecking: query.isFetching };
}

import { useQuery } from '@tanstack/react-query';
import { getReferralAudit } from '../api/audit-api';

export function useReferralAudit(referralId: string) {
  return useQuery({ queryKey: ['audit', referralId], queryFn: () => getReferralAudit(referralId) });
}

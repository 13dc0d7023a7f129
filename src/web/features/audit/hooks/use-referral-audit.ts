import { useQuery } from '@tanstack/react-query';
import { auditQueries } from '../api/audit-queries';

export function useReferralAudit(referralId: string) {
  return useQuery(auditQueries.referral(referralId));
}

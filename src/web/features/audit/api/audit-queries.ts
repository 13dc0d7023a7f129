// The audit feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { getReferralAudit } from './audit-api';

export const auditKeys = {
  all: ['audit'] as const,
  referral: (referralId: string) => [...auditKeys.all, 'referral', referralId] as const,
};

export const auditQueries = {
  referral: (referralId: string) =>
    queryOptions({ queryKey: auditKeys.referral(referralId), queryFn: () => getReferralAudit(referralId) }),
};

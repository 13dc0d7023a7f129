import type { AuditEventDto } from '../../../../contracts/audit';
import { api } from '../../../lib/api';

export const getReferralAudit = async (referralId: string) =>
  (await api.get<{ items: AuditEventDto[] }>(`/referrals/${referralId}/audit`)).items;

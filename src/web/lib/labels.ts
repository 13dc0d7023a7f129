// Labels for codes that are data (funding lines, reasons): a known code gets its translation,
// an unknown one shows the name the server gave it.
import { useTranslation } from 'react-i18next';

export function useCodeLabels() {
  const { t } = useTranslation();
  return {
    fundingLine: (code: string, name?: string) =>
      t(`codes:fundingLine.${code}`, { defaultValue: name ?? code }),
    reason: (code: string, label?: string) => t(`codes:reason.${code}`, { defaultValue: label ?? code }),
    organisationKind: (kind: string) => t(`codes:organisationKind.${kind}`, { defaultValue: kind }),
    status: (status: string) => t(`codes:status.${status}`, { defaultValue: status }),
    outcome: (outcome: string) => t(`codes:outcome.${outcome}`, { defaultValue: outcome }),
    memberRole: (role: string) => t(`codes:memberRole.${role}`, { defaultValue: role }),
    deadline: (state: string) => t(`codes:deadline.${state}`, { defaultValue: state }),
    duplicateReason: (reason: string) => t(`codes:duplicateReason.${reason}`, { defaultValue: reason }),
    auditAction: (action: string) => t(`codes:auditAction.${action}`, { defaultValue: action }),
    role: (role: string) => t(`codes:role.${role}`, { defaultValue: role }),
  };
}

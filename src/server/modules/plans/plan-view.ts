import type { AgreementDto, PlanContentDto, PlanDto, PlanVersionDto } from '../../../contracts/plans';
import type { PlanRow, PlanVersionRow } from './plans.repository';

function agreementOf(row: PlanVersionRow): AgreementDto | null {
  if (!row.agreedOn || !row.agreementRecordedAt) return null;
  return {
    agreedOn: row.agreedOn,
    agreedBy: row.agreedBy ?? [],
    method: row.agreementMethod as AgreementDto['method'],
    note: row.agreementNote,
    recordedBy: row.agreementRecordedByName ?? '',
    recordedAt: row.agreementRecordedAt.toISOString(),
  };
}

export function toPlanVersionDto(row: PlanVersionRow): PlanVersionDto {
  return {
    version: row.version,
    content: row.content as PlanContentDto,
    savedAt: row.savedAt.toISOString(),
    savedBy: row.savedByName,
    changeNote: row.changeNote,
    agreement: agreementOf(row),
    mergedFrom:
      row.mergedFromFamilyId && row.mergedFromVersion
        ? { familyId: row.mergedFromFamilyId, version: row.mergedFromVersion }
        : null,
  };
}

export function toVersionSummary(row: PlanVersionRow) {
  const { content: _content, ...summary } = toPlanVersionDto(row);
  return summary;
}

export function toPlanDto(
  familyId: string,
  plan: PlanRow | null,
  versions: PlanVersionRow[],
  mergedPlans: PlanDto['mergedPlans'] = [],
): PlanDto {
  const current = plan ? versions.find((v) => v.version === plan.currentVersion) : undefined;
  return {
    familyId,
    current: current ? toPlanVersionDto(current) : null,
    versions: versions.map(toVersionSummary),
    mergedPlans,
  };
}

import type { PasskeyDto } from '../../../contracts/passkeys';
import type { PasskeyRow } from './passkeys.repository';

/** What a person sees of a passkey: its name and dates; never its key or credential id. */
export function toPasskeyDto(row: PasskeyRow): PasskeyDto {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

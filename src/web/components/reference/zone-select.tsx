import { Select, type SelectProps } from '@mantine/core';
import { useMunicipalities, useServedZones } from '../../lib/reference-data';

/** Primary-care zones: the ones the collaboration serves, and those of referrals from outside. */
export function ZoneSelect(props: Omit<SelectProps, 'data'>) {
  const served = useServedZones();
  const municipalities = useMunicipalities('');
  const zones = new Map<string, string>();
  for (const z of served.data ?? []) zones.set(z.code, z.name);
  for (const m of municipalities.data ?? []) zones.set(m.primaryCareZone.code, m.primaryCareZone.name);
  const data = [...zones.entries()]
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([value, label]) => ({ value, label }));
  return <Select data={data} searchable {...props} />;
}

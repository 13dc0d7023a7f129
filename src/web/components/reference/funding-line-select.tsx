import { Select, type SelectProps } from '@mantine/core';
import { useCodeLabels } from '../../lib/labels';
import { useFundingLines } from '../../lib/reference-data';

type FundingLineSelectProps = Omit<SelectProps, 'data'> & {
  /** Only lines on which something new may still start (R8). */
  activeOnly?: boolean;
};

export function FundingLineSelect({ activeOnly = false, ...props }: FundingLineSelectProps) {
  const lines = useFundingLines();
  const labels = useCodeLabels();
  const data = (lines.data ?? [])
    .filter((line) => !activeOnly || line.isActive)
    .map((line) => ({ value: line.code, label: labels.fundingLine(line.code, line.name) }));
  return <Select data={data} allowDeselect={false} {...props} />;
}

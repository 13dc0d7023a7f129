import { Select, type SelectProps } from '@mantine/core';

type YearSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number;
  onChange: (year: number) => void;
  /** The years offered, around this year: a few back and one ahead (budgets are set ahead). */
  from: number;
  to: number;
};

export function YearSelect({ value, onChange, from, to, ...props }: YearSelectProps) {
  const years = [];
  for (let y = to; y >= from; y -= 1) years.push(String(y));
  if (!years.includes(String(value))) years.push(String(value));
  return (
    <Select
      data={years}
      allowDeselect={false}
      w={120}
      {...props}
      value={String(value)}
      onChange={(next) => next && onChange(Number(next))}
    />
  );
}

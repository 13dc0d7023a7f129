import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDateInput } from '../../lib/format';

export type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** YYYY-MM-DD or null, as the API speaks. */
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A date typed and shown as dd/mm/yyyy, handed over as YYYY-MM-DD. */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={parseDateInput}
      placeholder={t('common.datePlaceholder')}
      clearable={!props.required}
      // The calendar's arrow buttons are icons only: they need names for screen readers.
      ariaLabels={{
        previousMonth: t('calendar.previousMonth'),
        nextMonth: t('calendar.nextMonth'),
        previousYear: t('calendar.previousYear'),
        nextYear: t('calendar.nextYear'),
        previousDecade: t('calendar.previousDecade'),
        nextDecade: t('calendar.nextDecade'),
        monthLevelControl: t('calendar.monthLevel'),
        yearLevelControl: t('calendar.yearLevel'),
      }}
      {...props}
      value={value || null}
      onChange={(next) => onChange(next ? next.slice(0, 10) : null)}
    />
  );
}

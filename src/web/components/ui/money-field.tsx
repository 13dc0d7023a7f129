import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type MoneyFieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  /** The text as typed ("1.500,00"); parse it with parseEuroInput when the form is sent. */
  value?: string;
  onChange?: (value: string) => void;
};

/** An amount in euros, typed the Belgian way with a decimal comma. */
export function MoneyField({ value, onChange, ...props }: MoneyFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      leftSection={<span aria-hidden="true">€</span>}
      placeholder={t('common.moneyPlaceholder')}
      {...props}
      value={value ?? ''}
      onChange={(event) => onChange?.(event.currentTarget.value)}
    />
  );
}

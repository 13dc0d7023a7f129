import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newItemId } from '../../../lib/journey-labels';
import { useTouched } from '../hooks/use-touched';

type Item = { id: string; text: string };

/** Strengths or worries: short lines in the family's words. */
export function ItemsEditor({
  items,
  onChange,
  itemLabel,
  addLabel,
  isSubmitted,
}: {
  items: Item[];
  onChange: (next: Item[]) => void;
  itemLabel: (number: number) => string;
  addLabel: string;
  /** A save was tried: every empty field says so, touched or not. */
  isSubmitted: boolean;
}) {
  const { t } = useTranslation();
  const { touch, isShown } = useTouched(isSubmitted);
  return (
    <Stack gap="xs">
      {items.map((item, index) => (
        <Group key={item.id} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={itemLabel(index + 1)}
            style={{ flex: 1 }}
            value={item.text}
            onChange={(e) =>
              onChange(items.map((i) => (i.id === item.id ? { ...i, text: e.currentTarget.value } : i)))
            }
            onBlur={touch(item.id)}
            error={item.text.trim() || !isShown(item.id) ? undefined : t('errors:validation.required')}
          />
          <Button
            variant="subtle"
            color="red.9"
            c="red.9"
            aria-label={`${t('journey.remove')}: ${itemLabel(index + 1)}`}
            onClick={() => onChange(items.filter((i) => i.id !== item.id))}
          >
            {t('journey.remove')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button variant="light" onClick={() => onChange([...items, { id: newItemId(), text: '' }])}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

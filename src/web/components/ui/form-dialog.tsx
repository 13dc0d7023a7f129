import type { MantineSize } from '@mantine/core';
import { useId } from 'react';
import { FormShell, type FormShellProps } from './form-shell';
import { LabelledModal } from './labelled-modal';

export type FormDialogProps = Omit<FormShellProps, 'onCancel' | 'labelledBy'> & {
  title: string;
  onClose: () => void;
  /** Mostly rendered only while open; a dialog kept mounted passes its state. */
  opened?: boolean;
  size?: MantineSize | string;
};

/**
 * A form in a dialog: the title names both (Mantine labels the dialog by it), cancel closes,
 * save submits and waits, and the problem that has no input shows above the buttons.
 */
export function FormDialog({ title, onClose, opened = true, size, ...shell }: FormDialogProps) {
  // Mantine names the title `${id}-title`: the form is labelled by the same words as the dialog.
  const id = useId();
  return (
    <LabelledModal id={id} opened={opened} onClose={onClose} title={title} size={size}>
      <FormShell {...shell} onCancel={onClose} labelledBy={`${id}-title`} />
    </LabelledModal>
  );
}

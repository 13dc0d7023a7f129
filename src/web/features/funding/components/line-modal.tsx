import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingLineOverviewDto } from '../../../../contracts/funding';
import { useCodeLabels } from '../../../lib/labels';

export type LineModalProps = {
  line: FundingLineOverviewDto | null;
  year: number;
  onClose: () => void;
  onDone: () => void;
};

/**
 * The dialog every form about one funding line in one year opens in (year settings, spending,
 * pilot). Keyed by line and year, so a form never keeps another line's input.
 */
export function LineModal({
  line,
  year,
  onClose,
  titleKey,
  size = 'lg',
  children,
}: Omit<LineModalProps, 'onDone'> & {
  titleKey: string;
  size?: 'lg' | 'xl';
  children: (line: FundingLineOverviewDto) => ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return (
    <Modal
      opened={line !== null}
      onClose={onClose}
      size={size}
      title={line ? t(titleKey, { name: labels.fundingLine(line.code, line.name), year }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {line ? <div key={`${line.code}-${year}`}>{children(line)}</div> : null}
    </Modal>
  );
}

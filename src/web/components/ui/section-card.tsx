import { Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

type SectionCardProps = { title: ReactNode; children: ReactNode; headingOrder?: 2 | 3 };

/** A bordered, labelled section with its own heading: the block every page is built from. */
export function SectionCard({ title, children, headingOrder = 2 }: SectionCardProps) {
  const titleId = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Title order={headingOrder} size="h4" mb="sm" id={titleId}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

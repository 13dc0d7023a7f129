import { type MantineSpacing, Table, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table that, on a narrow screen, scrolls inside its own box instead of widening the page, and
 * says so: columns cut off at the edge without a word (an action's date, a waiting time) are
 * columns a person never sees. The edge shadows are in global.css.
 */
export function ScrollTable({
  minWidth,
  mb,
  children,
}: {
  minWidth: number;
  mb?: MantineSpacing;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [isOverflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const check = () => setOverflowing(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {isOverflowing ? (
        <Text size="xs" c="dimmed" mb={4} data-scroll-hint>
          {t('common.scrollSideways')}
        </Text>
      ) : null}
      <Table.ScrollContainer ref={box} minWidth={minWidth} type="native" mb={mb}>
        {children}
      </Table.ScrollContainer>
    </>
  );
}

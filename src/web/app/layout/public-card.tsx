import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../features/identity/components/language-switch';

/** The frame of a page before sign-in (forgot and reset password): the name, language, one card. */
export function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(`${title} · eenplan`);
  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" justify="space-between" px="lg" py="sm">
        <Text fw={800} c="blue.9" fz="lg">
          eenplan
        </Text>
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" py={48}>
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack gap="lg">
            <Title order={1}>{title}</Title>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}

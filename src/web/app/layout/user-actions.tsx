import { Button } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../features/identity/components/language-switch';
import { useLogout } from '../../features/identity/hooks/use-logout';

/** Language and logout: in the header on wide screens, in the menu drawer on phones. */
export function UserActions() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout(() => void navigate({ to: '/login' }));
  return (
    <>
      <LanguageSwitch />
      <Button variant="default" size="compact-sm" onClick={() => logout.mutate()} loading={logout.isPending}>
        {t('layout.logout')}
      </Button>
    </>
  );
}

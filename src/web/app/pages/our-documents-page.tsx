// "Documents shared with us": a page of the family's portal (ADR 052).
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { OurDocuments } from '../../features/documents/components/our-documents';

export function OurDocumentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('portal.links.documents')} · eenplan`);
  return <OurDocuments />;
}

import { useQuery } from '@tanstack/react-query';
import { getFamilyView } from '../api/portal-api';

// Kept under the plan's key: saving the plan (features/plans) invalidates ['plans', id, ...].
export const useFamilyView = (id: string) =>
  useQuery({ queryKey: ['plans', id, 'family-view'], queryFn: () => getFamilyView(id) });

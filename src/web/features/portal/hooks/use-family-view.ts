import { useQuery } from '@tanstack/react-query';
import { portalQueries } from '../api/portal-queries';

export const useFamilyView = (id: string) => useQuery(portalQueries.familyView(id));

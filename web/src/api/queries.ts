import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from './client';
import type { Me } from './types';

/** Query keys in one place so invalidation stays consistent. */
export const keys = {
  me: ['me'] as const,
  circles: ['circles'] as const,
  circleMap: (id: string) => ['circles', id, 'map'] as const,
  businessTypes: ['business-types'] as const,
  merchants: (params: MerchantQuery) => ['merchants', params] as const,
  residences: (circleId: string) => ['residences', circleId] as const,
  users: ['users'] as const,
};

export interface MerchantQuery {
  circleId?: string;
  q?: string;
  category?: string;
  openNow?: boolean;
  limit?: number;
  offset?: number;
}

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async (): Promise<Me | null> => {
      try {
        return unwrap(await api.GET('/api/v1/me'));
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export function useCircles(enabled = true) {
  return useQuery({
    queryKey: keys.circles,
    queryFn: async () => unwrap(await api.GET('/api/v1/circles')).items,
    enabled,
  });
}

export function useCircleMap(circleId: string | undefined) {
  return useQuery({
    queryKey: keys.circleMap(circleId ?? ''),
    queryFn: async () => unwrap(await api.GET('/api/v1/circles/{id}/map', { params: { path: { id: circleId! } } })),
    enabled: Boolean(circleId),
    staleTime: 5 * 60_000,
  });
}

export function useBusinessTypes() {
  return useQuery({
    queryKey: keys.businessTypes,
    queryFn: async () => unwrap(await api.GET('/api/v1/catalogue/business-types')).items,
    staleTime: 30 * 60_000,
  });
}

export function useMerchants(params: MerchantQuery, enabled = true) {
  return useQuery({
    queryKey: keys.merchants(params),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/merchants', {
          params: {
            query: {
              circleId: params.circleId,
              q: params.q || undefined,
              category: params.category || undefined,
              openNow: params.openNow ? 'true' : undefined,
              limit: params.limit,
              offset: params.offset,
            },
          },
        }),
      ),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useMerchant(id: string | undefined) {
  return useQuery({
    queryKey: ['merchants', 'detail', id ?? ''],
    queryFn: async () => unwrap(await api.GET('/api/v1/merchants/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useResidences(circleId: string | undefined) {
  return useQuery({
    queryKey: keys.residences(circleId ?? ''),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/residences', { params: { query: { circleId: circleId! } } })).items,
    enabled: Boolean(circleId),
  });
}

export function useUsers() {
  return useQuery({
    queryKey: keys.users,
    queryFn: async () => unwrap(await api.GET('/api/v1/users')).items,
  });
}

// Resident profiles through the typed client.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const residentKeys = {
  own: ['me', 'profile'] as const,
  homes: (circleId: string) => ['circles', circleId, 'homes'] as const,
  register: (circleId: string) => ['residents', circleId] as const,
};

export function useOwnProfile() {
  return useQuery({
    queryKey: residentKeys.own,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/profile')).profile,
  });
}

export function useHomes(circleId: string | undefined) {
  return useQuery({
    queryKey: residentKeys.homes(circleId ?? ''),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/circles/{id}/homes', { params: { path: { id: circleId! } } })).items,
    enabled: Boolean(circleId),
  });
}

export interface ProfileForm {
  circleId: string;
  residenceId?: string | null;
  address?: string | null;
  birthDate?: string | null;
  consent?: boolean;
}

export function useSaveProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProfileForm) => unwrap(await api.PUT('/api/v1/me/profile', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: residentKeys.own }),
  });
}

export function useResidentRegister(circleId: string | undefined) {
  return useQuery({
    queryKey: residentKeys.register(circleId ?? ''),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/residents', { params: { query: { circleId: circleId!, limit: 500 } } })),
    enabled: Boolean(circleId),
  });
}

export function useVerifyResident(circleId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (v: { userId: string; elderlyVerified?: boolean; disabledVerified?: boolean }) =>
      unwrap(
        await api.PATCH('/api/v1/residents/{id}', {
          params: { path: { id: v.userId } },
          body: { elderlyVerified: v.elderlyVerified, disabledVerified: v.disabledVerified },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: residentKeys.register(circleId ?? '') }),
  });
}

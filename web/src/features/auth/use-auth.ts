import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { api, resetCsrfToken, unwrap } from '../../api/client';

/** After the session changes: new CSRF token, no cached data from the previous user. */
function useSessionChanged() {
  const queryClient = useQueryClient();
  return () => {
    resetCsrfToken();
    queryClient.clear();
  };
}

/** Only same-site paths may be used as the post-login destination. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function usePasswordLogin() {
  const changed = useSessionChanged();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return useMutation({
    mutationFn: async (body: { phone: string; password: string }) =>
      unwrap(await api.POST('/api/v1/auth/login', { body })),
    onSuccess: () => {
      changed();
      void navigate(safeNext(params.get('next')), { replace: true });
    },
  });
}

export function useSmsRequest() {
  return useMutation({
    mutationFn: async (body: { phone: string }) => unwrap(await api.POST('/api/v1/auth/sms/request', { body })),
  });
}

export function useSmsVerify() {
  const changed = useSessionChanged();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return useMutation({
    mutationFn: async (body: { phone: string; code: string }) =>
      unwrap(await api.POST('/api/v1/auth/sms/verify', { body })),
    onSuccess: () => {
      changed();
      void navigate(safeNext(params.get('next')), { replace: true });
    },
  });
}

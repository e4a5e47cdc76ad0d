import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, resetCsrfToken, unwrap } from '../../api/client';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      resetCsrfToken();
      queryClient.clear();
      void navigate('/login', { replace: true });
    },
  });
}

import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { ConfigProvider as MobileConfigProvider } from 'antd-mobile';
import antZhCN from 'antd/locale/zh_CN';
import antEnUS from 'antd/locale/en_US';
import mobileZhCN from 'antd-mobile/es/locales/zh-CN';
import mobileEnUS from 'antd-mobile/es/locales/en-US';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Do not retry refusals: a 401/403/404 will not change on retry.
      retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const THEME = { token: { colorPrimary: '#d4380d', borderRadius: 6 } };

/** Query cache plus antd / antd-mobile configured for the current locale. */
export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zh ? antZhCN : antEnUS} theme={THEME}>
        <MobileConfigProvider locale={zh ? mobileZhCN : mobileEnUS}>
          <AntApp>{children}</AntApp>
        </MobileConfigProvider>
      </ConfigProvider>
    </QueryClientProvider>
  );
}

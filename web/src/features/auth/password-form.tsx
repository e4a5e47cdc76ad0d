import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePasswordLogin } from './use-auth';
import { authErrorKey, PHONE_PATTERN } from './auth-error';

interface Values {
  phone: string;
  password: string;
}

export function PasswordForm() {
  const { t } = useTranslation();
  const login = usePasswordLogin();
  return (
    <Form<Values>
      layout="vertical"
      onFinish={(values) => login.mutate(values)}
      requiredMark={false}
      data-testid="password-form"
    >
      <Form.Item
        name="phone"
        label={t('auth.phone')}
        rules={[{ required: true, pattern: PHONE_PATTERN, message: t('auth.phoneInvalid') }]}
      >
        <Input inputMode="tel" autoComplete="username" placeholder={t('auth.phonePlaceholder')} maxLength={11} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" placeholder={t('auth.passwordPlaceholder')} />
      </Form.Item>
      {login.isError && (
        <Alert type="error" showIcon title={t(authErrorKey(login.error, 'auth.failed'))} style={{ marginBottom: 16 }} />
      )}
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}

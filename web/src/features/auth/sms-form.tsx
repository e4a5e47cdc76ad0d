import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSmsRequest, useSmsVerify } from './use-auth';
import { authErrorKey, PHONE_PATTERN } from './auth-error';

interface Values {
  phone: string;
  code: string;
}

const RESEND_SECONDS = 60;

/** Counts down the wait before another code may be requested. */
function useCountdown() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (seconds <= 0) return undefined;
    const timer = setTimeout(() => setSeconds((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);
  return [seconds, () => setSeconds(RESEND_SECONDS)] as const;
}

export function SmsForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const request = useSmsRequest();
  const verify = useSmsVerify();
  const [seconds, start] = useCountdown();

  const sendCode = async () => {
    const { phone } = await form.validateFields(['phone']);
    request.mutate({ phone }, { onSuccess: start });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => verify.mutate(values)}
      requiredMark={false}
      data-testid="sms-form"
    >
      <Form.Item
        name="phone"
        label={t('auth.phone')}
        rules={[{ required: true, pattern: PHONE_PATTERN, message: t('auth.phoneInvalid') }]}
      >
        <Input inputMode="tel" autoComplete="tel" placeholder={t('auth.phonePlaceholder')} maxLength={11} />
      </Form.Item>
      <Form.Item label={t('auth.code')} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="code" noStyle rules={[{ required: true, message: t('auth.codeRequired') }]}>
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              placeholder={t('auth.codePlaceholder')}
              maxLength={6}
            />
          </Form.Item>
          <Button onClick={() => void sendCode()} disabled={seconds > 0} loading={request.isPending}>
            {seconds > 0 ? t('auth.resendIn', { seconds }) : t('auth.sendCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {request.isSuccess && seconds > 0 && (
        <Alert type="success" showIcon title={t('auth.codeSent')} style={{ marginBottom: 16 }} />
      )}
      {(verify.isError || request.isError) && (
        <Alert
          type="error"
          showIcon
          title={t(authErrorKey(verify.error ?? request.error, 'auth.smsFailed'))}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button type="primary" htmlType="submit" block size="large" loading={verify.isPending}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}

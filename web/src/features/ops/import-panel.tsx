import { Alert, Button, Checkbox, Progress, Radio, Space, Table, Typography, Upload } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';

type Kind = 'merchants' | 'residences' | 'osm';

interface ReportRow {
  row: number;
  column: string;
  problem: string;
  suggestion?: string;
}

/** Reads a file as base64 (the API takes uploads as JSON). */
function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Imports as jobs: upload, then a live progress bar and, on failure, the row-by-row report. */
export function ImportPanel({ circleId }: { circleId: string | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('merchants');
  const [dryRun, setDryRun] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const job = useQuery({
    queryKey: ['jobs', jobId],
    enabled: Boolean(jobId),
    queryFn: async () => unwrap(await api.GET('/api/v1/jobs/{id}', { params: { path: { id: jobId! } } })),
    refetchInterval: (q) => (q.state.data && ['succeeded', 'failed'].includes(q.state.data.status) ? false : 300),
  });

  const start = async () => {
    if (!file || !circleId) return;
    setBusy(true);
    setError(null);
    setJobId(null);
    try {
      const contentBase64 = await toBase64(file);
      const query = { params: { query: { circleId } } };
      const created =
        kind === 'osm'
          ? unwrap(await api.POST('/api/v1/imports/osm', { ...query, body: { filename: file.name, contentBase64 } }))
          : kind === 'merchants'
            ? unwrap(
                await api.POST('/api/v1/imports/merchants', {
                  ...query,
                  body: { filename: file.name, contentBase64, dryRun },
                }),
              )
            : unwrap(
                await api.POST('/api/v1/imports/residences', {
                  ...query,
                  body: { filename: file.name, contentBase64, dryRun },
                }),
              );
      setJobId(created.id ?? null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const data = job.data;
  const report = (data?.report ?? null) as { rows?: ReportRow[]; error?: string; inserted?: number } | null;
  const done = data?.status === 'succeeded' || data?.status === 'failed';
  // New merchants, residences or streets: refresh what the console shows, once per finished job.
  useEffect(() => {
    if (data?.status === 'succeeded')
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'jobs' });
  }, [data?.status, queryClient]);

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-panel">
      <Radio.Group value={kind} onChange={(e) => setKind(e.target.value)} optionType="button">
        <Radio.Button value="merchants">{t('imports.kind.merchants')}</Radio.Button>
        <Radio.Button value="residences">{t('imports.kind.residences')}</Radio.Button>
        <Radio.Button value="osm">{t('imports.kind.osm')}</Radio.Button>
      </Radio.Group>
      <Typography.Text type="secondary">{t(`imports.hint.${kind}`)}</Typography.Text>
      <Space wrap>
        <Upload
          accept={kind === 'osm' ? '.pbf,.osm,.gz' : '.csv,.xlsx'}
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button>{t('imports.chooseFile')}</Button>
        </Upload>
        {kind !== 'osm' && (
          <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
            {t('imports.dryRun')}
          </Checkbox>
        )}
        <Button type="primary" onClick={start} disabled={!file || !circleId} loading={busy} data-testid="import-start">
          {t('imports.start')}
        </Button>
      </Space>
      {error && <Alert type="error" showIcon message={error} data-testid="import-error" />}
      {data && (
        <div data-testid="import-job" data-status={data.status}>
          <Progress
            percent={Math.round((data.progress ?? 0) * 100)}
            status={data.status === 'failed' ? 'exception' : data.status === 'succeeded' ? 'success' : 'active'}
          />
          <Typography.Text>
            {t(`imports.status.${data.status}`)}
            {data.stage && !done ? ` · ${data.stage}` : ''}
            {data.status === 'succeeded' && report?.inserted !== undefined
              ? ` · ${t('imports.inserted', { count: report.inserted })}`
              : ''}
          </Typography.Text>
        </div>
      )}
      {data?.status === 'failed' && report?.error && <Alert type="error" showIcon message={report.error} />}
      {data?.status === 'failed' && report?.rows && report.rows.length > 0 && (
        <Table
          size="small"
          rowKey={(r) => `${r.row}-${r.column}-${r.problem}`}
          dataSource={report.rows}
          pagination={{ pageSize: 10 }}
          data-testid="import-report"
          columns={[
            { title: t('imports.report.row'), dataIndex: 'row', width: 70 },
            { title: t('imports.report.column'), dataIndex: 'column', width: 120 },
            { title: t('imports.report.problem'), dataIndex: 'problem' },
            { title: t('imports.report.suggestion'), dataIndex: 'suggestion' },
          ]}
        />
      )}
    </Space>
  );
}

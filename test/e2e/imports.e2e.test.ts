// Imports in the operator console: a bad file shows the row-by-row report, a good one a progress
// bar that reaches 100 %, both as live jobs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeE2E, useE2ESuite } from '../helpers/e2e-suite';

describeE2E('imports with live progress', () => {
  const suite = useE2ESuite();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quarter-e2e-import-'));

  async function importFile(name: string, text: string) {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const { page, context } = await suite.pageAs('operator_staff');
    const close = () => context.close();
    await page.getByRole('tab', { name: /数据导入/ }).click();
    const panel = page.getByTestId('import-panel');
    await panel.getByText('居住小区 (CSV/XLSX)').click();
    await panel.locator('input[type="file"]').setInputFiles(file);
    await page.getByTestId('import-start').click();
    const job = page.getByTestId('import-job');
    await job.waitFor();
    await page
      .locator('[data-testid="import-job"][data-status="succeeded"], [data-testid="import-job"][data-status="failed"]')
      .waitFor({ timeout: 30_000 });
    return { page, close, status: await job.getAttribute('data-status') };
  }

  it('reports a bad row with its line (the server suite proves nothing is written)', async () => {
    const { page, close, status } = await importFile(
      'bad.csv',
      '名称,经度,纬度,户数\n好小区,116.985,36.628,100\n坏小区,116.985,北纬,-3\n',
    );
    expect(status).toBe('failed');
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(report.getByText('3', { exact: true }).first().isVisible()).resolves.toBe(true);
    await close();
  });

  it('shows the progress bar at 100 % when the import succeeds', async () => {
    const { page, close, status } = await importFile(
      'good.csv',
      '名称,经度,纬度,户数,人口\n测试新苑,116.985,36.628,120,300\n',
    );
    expect(status).toBe('succeeded');
    await expect(page.getByTestId('import-job').getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe(
      '100',
    );
    await expect(page.getByText('导入完成').isVisible()).resolves.toBe(true);
    await close();
  });
});

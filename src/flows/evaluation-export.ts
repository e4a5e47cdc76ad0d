// Exports of an evaluation: XLSX with Chinese headers (scorecard, groups, per residence) and GeoJSON
// of residences with their walking minutes. Used by the CLI (`quarter evaluate`) and the server.
import ExcelJS from 'exceljs';
import type { CircleEvaluation } from '../core/evaluation/engine';
import { describeReason, type Scorecard } from '../core/evaluation/scorecard';

export interface ExportContext {
  circleName: string;
  evaluation: CircleEvaluation;
  scorecard: Scorecard;
  /** Business-type name for a code, in Chinese. */
  typeName: (code: string) => string;
}

const minutesCell = (m: number) => (Number.isFinite(m) ? Math.round(m * 10) / 10 : '>60');
const pct = (x: number) => Math.round(x * 1000) / 10;

export async function evaluationWorkbook(ctx: ExportContext): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Quarter 一刻';
  const card = ctx.scorecard;
  const bands = ctx.evaluation.rules.bands;
  const s1 = wb.addWorksheet('评分卡');
  s1.addRow([
    `${ctx.circleName} 一刻钟便民生活圈评估`,
    `规则：${card.ruleSet}`,
    `居民：${card.population}`,
    `等级：${tierZh(card.tier)}`,
  ]);
  s1.addRow([
    '业态代码',
    '业态名称',
    '类别',
    '设施数',
    ...bands.map((b) => `${b}分钟覆盖率(%)`),
    '目标(分钟)',
    '是否达标',
    '说明',
  ]);
  for (const t of card.types) {
    s1.addRow([
      t.type,
      ctx.typeName(t.type),
      t.kind === 'basic' ? '基本保障类' : '品质提升类',
      t.facilities,
      ...t.shares.map(pct),
      t.targetMinutes,
      t.pass ? '达标' : '未达标',
      describeReason(t.reason, 'zh-CN', ctx.typeName),
    ]);
  }
  s1.getRow(2).font = { bold: true };
  s1.columns.forEach((c) => (c.width = 14));
  const s2 = wb.addWorksheet('组合业态');
  s2.addRow(['组合', '是否完整', '说明']);
  for (const g of card.groups)
    s2.addRow([g.nameZh, g.complete ? '完整' : '不完整', describeReason(g.reason, 'zh-CN', ctx.typeName)]);
  s2.addRow([]);
  s2.addRow(['基本保障类业态(有)', card.basicPresent]);
  s2.addRow(['基本保障类业态(达标)', card.basicPassing]);
  s2.addRow(['品质提升类业态(有)', card.qualityPresent]);
  for (const gap of card.nextTierGaps) s2.addRow(['升级差距', describeReason(gap, 'zh-CN', ctx.typeName)]);
  const types = card.types.map((t) => t.type);
  const s3 = wb.addWorksheet('居民点');
  s3.addRow(['编号', '名称', '人口', '经度', '纬度', ...types.map((t) => `${ctx.typeName(t)}(分钟)`)]);
  const minutes = types.map((t) => ctx.evaluation.residenceMinutes(t));
  ctx.evaluation.residences.forEach((r, i) => {
    s3.addRow([r.id, r.name, r.population, r.lon, r.lat, ...minutes.map((m) => minutesCell(m[i]))]);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function residencesGeoJSON(ctx: ExportContext) {
  const types = ctx.scorecard.types.map((t) => t.type);
  const minutes = types.map((t) => ctx.evaluation.residenceMinutes(t));
  return {
    type: 'FeatureCollection' as const,
    features: ctx.evaluation.residences.map((r, i) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [r.lon, r.lat] },
      properties: {
        id: r.id,
        name: r.name,
        population: r.population,
        minutes: Object.fromEntries(
          types.map((t, k) => [t, Number.isFinite(minutes[k][i]) ? Math.round(minutes[k][i] * 10) / 10 : null]),
        ),
      },
    })),
  };
}

function tierZh(tier: Scorecard['tier']): string {
  return tier === 'quality' ? '品质型' : tier === 'enhanced' ? '提升型' : tier === 'basic' ? '基础型' : '未达基础型';
}

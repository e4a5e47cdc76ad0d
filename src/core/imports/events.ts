// Published when an import's rows are committed (not for dry runs or refused files).
export interface ImportsCommitted {
  type: 'imports.committed';
  circleId: string;
  kind: string;
  inserted: number;
}

export type ImportsEvent = ImportsCommitted;

/** Colours for business-type codes (DOMAIN §2): basic types warm, quality types cool. */
export const CATEGORY_COLORS: Record<string, string> = {
  B01: '#e8590c',
  B02: '#d9480f',
  B03: '#2f9e44',
  B04: '#37b24d',
  B05: '#f59f00',
  B06: '#1c7ed6',
  B07: '#d6336c',
  B08: '#7048e8',
  B09: '#0ca678',
  B10: '#c92a2a',
  B11: '#e03131',
  B12: '#5c7cfa',
  B13: '#748ffc',
  B14: '#66a80f',
  B15: '#868e96',
  Q01: '#f76707',
  Q02: '#1098ad',
  Q03: '#ae3ec9',
  Q04: '#f783ac',
  Q05: '#4263eb',
  Q06: '#a9746e',
  Q07: '#9c36b5',
  Q08: '#12b886',
  Q09: '#fab005',
};

export const DEFAULT_CATEGORY_COLOR = '#495057';

/** The top-level code of a category such as 'B10.shoe' → 'B10'. */
export function topCategory(code: string | undefined): string {
  return (code ?? '').slice(0, 3).toUpperCase();
}

export function categoryColor(code: string | undefined): string {
  return CATEGORY_COLORS[topCategory(code)] ?? DEFAULT_CATEGORY_COLOR;
}

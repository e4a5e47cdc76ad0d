// The business-type catalogue (DOMAIN.md §2): basic (B) and quality (Q) services.
export type BusinessClass = 'basic' | 'quality';
export type ServiceGroup = '一店一早' | '一菜一修' | '一老一小';

export interface BusinessType {
  code: string;
  nameZh: string;
  nameEn: string;
  class: BusinessClass;
  group?: ServiceGroup;
  /** 小修小补 micro-profit services (drive rent relief). */
  microProfit: boolean;
  parentCode?: string;
  /** Cities may switch these off in their rule set. */
  configurable?: boolean;
}

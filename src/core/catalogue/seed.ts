// The catalogue's codes and names. Codes are ours; Chinese names follow the national guide.
import type { BusinessType, ServiceGroup } from './model';

type Row = [code: string, nameZh: string, nameEn: string, group?: ServiceGroup, configurable?: boolean];

const BASIC: Row[] = [
  ['B01', '便利店', 'Convenience store', '一店一早'],
  ['B02', '综合超市', 'Supermarket'],
  ['B03', '菜市场', 'Wet market', '一菜一修'],
  ['B04', '生鲜超市(菜店)', 'Fresh-food store', '一菜一修'],
  ['B05', '早餐店', 'Breakfast shop', '一店一早'],
  ['B06', '洗染店', 'Laundry and dyeing'],
  ['B07', '美容美发店', 'Hair and beauty salon'],
  ['B08', '照相文印店', 'Photo and print shop'],
  ['B09', '家政服务点', 'Housekeeping services'],
  ['B10', '维修点', 'Repair point', '一菜一修'],
  ['B11', '药店', 'Pharmacy'],
  ['B12', '邮政快递综合服务点', 'Post and parcel service point'],
  ['B13', '智能快件(信包)箱', 'Smart parcel locker', undefined, true],
  ['B14', '再生资源回收点', 'Recycling point', undefined, true],
  ['B15', '智能售货机/智能零售终端', 'Smart vending terminal', undefined, true],
];

const REPAIRS: [string, string, string][] = [
  ['B10-01', '磨刀', 'Knife sharpening'],
  ['B10-02', '改衣/缝补', 'Tailoring and mending'],
  ['B10-03', '修鞋', 'Shoe repair'],
  ['B10-04', '配钥匙', 'Key cutting'],
  ['B10-05', '家电/小件维修', 'Appliance and small-item repair'],
  ['B10-06', '手机维修', 'Phone repair'],
];

const QUALITY: Row[] = [
  ['Q01', '特色餐饮', 'Speciality dining'],
  ['Q02', '运动健身', 'Sports and fitness'],
  ['Q03', '养老服务', 'Elderly care', '一老一小'],
  ['Q04', '托育/幼儿托管', 'Childcare', '一老一小'],
  ['Q05', '新式书店', 'Bookshop'],
  ['Q06', '茶饮咖啡/蛋糕烘焙', 'Tea, coffee and bakery'],
  ['Q07', '文化娱乐/休闲社交', 'Culture and leisure'],
  ['Q08', '康养/保健养生', 'Wellness'],
  ['Q09', '宠物服务', 'Pet services'],
];

export const CATALOGUE: readonly BusinessType[] = [
  ...BASIC.flatMap(([code, nameZh, nameEn, group, configurable]): BusinessType[] => {
    const row: BusinessType = { code, nameZh, nameEn, class: 'basic', group, microProfit: false, configurable };
    if (code !== 'B10') return [row];
    return [
      row,
      ...REPAIRS.map(([c, zh, en]): BusinessType => ({
        code: c,
        nameZh: zh,
        nameEn: en,
        class: 'basic',
        group: '一菜一修',
        microProfit: true,
        parentCode: 'B10',
      })),
    ];
  }),
  ...QUALITY.map(([code, nameZh, nameEn, group]): BusinessType => ({
    code,
    nameZh,
    nameEn,
    class: 'quality',
    group,
    microProfit: false,
  })),
];

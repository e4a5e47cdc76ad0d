// Business-type names for reports (DOMAIN.md §2). The catalogue module holds the full records; these
// short names are what scorecards and exports print.
export const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  B01: { zh: '便利店', en: 'Convenience store' },
  B02: { zh: '综合超市', en: 'Supermarket' },
  B03: { zh: '菜市场', en: 'Vegetable market' },
  B04: { zh: '生鲜超市(菜店)', en: 'Fresh food store' },
  B05: { zh: '早餐店', en: 'Breakfast' },
  B06: { zh: '洗染店', en: 'Laundry' },
  B07: { zh: '美容美发店', en: 'Hair and beauty' },
  B08: { zh: '照相文印店', en: 'Photo and print' },
  B09: { zh: '家政服务点', en: 'Housekeeping' },
  B10: { zh: '维修点', en: 'Repair point' },
  B11: { zh: '药店', en: 'Pharmacy' },
  B12: { zh: '邮政快递综合服务点', en: 'Post and parcels' },
  B13: { zh: '智能快件(信包)箱', en: 'Parcel lockers' },
  B14: { zh: '再生资源回收点', en: 'Recycling point' },
  B15: { zh: '智能售货机', en: 'Smart vending' },
  Q01: { zh: '特色餐饮', en: 'Local restaurants' },
  Q02: { zh: '运动健身', en: 'Fitness' },
  Q03: { zh: '养老服务', en: 'Elderly care' },
  Q04: { zh: '托育/幼儿托管', en: 'Child care' },
  Q05: { zh: '新式书店', en: 'Bookshop' },
  Q06: { zh: '茶饮咖啡/蛋糕烘焙', en: 'Tea, coffee, bakery' },
  Q07: { zh: '文化娱乐/休闲社交', en: 'Culture and leisure' },
  Q08: { zh: '康养/保健养生', en: 'Health and wellness' },
  Q09: { zh: '宠物服务', en: 'Pet services' },
};

export const typeName = (locale: 'zh-CN' | 'en') => (code: string) =>
  code
    .split('/')
    .map((c) => TYPE_NAMES[c]?.[locale === 'zh-CN' ? 'zh' : 'en'] ?? c)
    .join(locale === 'zh-CN' ? '或' : ' or ');

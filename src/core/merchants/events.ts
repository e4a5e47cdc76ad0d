// Change events the merchants module publishes after its writes commit.
export interface MerchantsChanged {
  type: 'merchants.changed';
  /** The merchant as stored now (status decides whether it counts as open for evaluation). */
  merchant: {
    id: string;
    circleId: string;
    name: string;
    categories: string[];
    lon: number;
    lat: number;
    status: string;
  };
  change: 'created' | 'updated';
}

export type MerchantsEvent = MerchantsChanged;

// Change events the residences module publishes after its writes commit.
export interface ResidencesChanged {
  type: 'residences.changed';
  circleId: string;
  residenceIds: string[];
  change: 'created' | 'updated';
}

export type ResidencesEvent = ResidencesChanged;

// Published when a profile changes (a new home moves the resident's walking times; flags change prices).
export interface ResidentsProfileChanged {
  type: 'residents.profile_changed';
  userId: string;
  circleId: string;
  residenceId: string | null;
}

export type ResidentsEvent = ResidentsProfileChanged;

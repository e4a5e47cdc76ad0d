// Change events the circles module publishes after its writes commit.
export interface CirclesChanged {
  type: 'circles.changed';
  circleId: string;
  /** What changed: the record itself, or its street network (a new graph file). */
  change: 'created' | 'updated' | 'network';
}

export type CirclesEvent = CirclesChanged;

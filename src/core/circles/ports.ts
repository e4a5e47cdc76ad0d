import type { Circle, CircleMap } from './model';

export interface CircleRepository {
  list(): Promise<Circle[]>;
  get(id: string): Promise<Circle | undefined>;
  create(circle: Circle & { createdAt: string }): Promise<void>;
  setGraphFile(id: string, graphFile: string): Promise<void>;
}

/** Draws a circle's streets and buildings from its graph file (file I/O lives outside core). */
export interface CircleMapSource {
  load(graphFile: string, bbox: [number, number, number, number]): Promise<CircleMap>;
}

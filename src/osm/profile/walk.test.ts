import { describe, expect, it } from 'vitest';
import { WalkClass } from '../../geo/graph';
import { blockingNode, HIGHWAY_RULES, isBuilding, isPoi, walkableWay } from './walk';

describe('walkableWay: the tag table', () => {
  it.each(Object.keys(HIGHWAY_RULES).filter((h) => HIGHWAY_RULES[h].walk === 'yes'))(
    'highway=%s is walkable',
    (highway) => {
      expect(walkableWay({ highway }, 'exclude')).not.toBeNull();
    },
  );

  it.each(['motorway', 'motorway_link', 'construction', 'proposed', 'raceway'])(
    'highway=%s is never walkable, even with foot=yes',
    (highway) => {
      expect(walkableWay({ highway }, 'exclude')).toBeNull();
      expect(walkableWay({ highway, foot: 'yes' }, 'walkable')).toBeNull();
    },
  );

  it('steps are their own (slower) class, tracks are rough', () => {
    expect(walkableWay({ highway: 'steps' }, 'exclude')?.cls).toBe(WalkClass.steps);
    expect(walkableWay({ highway: 'track' }, 'exclude')?.cls).toBe(WalkClass.rough);
  });

  it('foot=no and foot=use_sidepath exclude a way', () => {
    expect(walkableWay({ highway: 'residential', foot: 'no' }, 'walkable')).toBeNull();
    expect(walkableWay({ highway: 'primary', foot: 'use_sidepath' }, 'walkable')).toBeNull();
  });

  it('access=no excludes unless foot=yes|designated|permissive overrides it', () => {
    expect(walkableWay({ highway: 'service', access: 'no' }, 'walkable')).toBeNull();
    for (const foot of ['yes', 'designated', 'permissive']) {
      expect(walkableWay({ highway: 'service', access: 'no', foot }, 'exclude')).not.toBeNull();
    }
  });

  it('access=private follows the planner switch and marks the class private', () => {
    expect(walkableWay({ highway: 'service', access: 'private' }, 'exclude')).toBeNull();
    expect(walkableWay({ highway: 'service', access: 'private' }, 'walkable')?.cls).toBe(WalkClass.private);
    expect(walkableWay({ highway: 'footway', foot: 'private' }, 'exclude')).toBeNull();
    expect(walkableWay({ highway: 'service', access: 'private', foot: 'yes' }, 'exclude')?.cls).toBe(WalkClass.normal);
  });

  it('access=destination and customers stay walkable', () => {
    expect(walkableWay({ highway: 'service', access: 'destination' }, 'exclude')).not.toBeNull();
    expect(walkableWay({ highway: 'service', access: 'customers' }, 'exclude')).not.toBeNull();
  });

  it('trunk and bridleway need an explicit foot tag or a sidewalk', () => {
    expect(walkableWay({ highway: 'trunk' }, 'exclude')).toBeNull();
    expect(walkableWay({ highway: 'trunk', sidewalk: 'both' }, 'exclude')).not.toBeNull();
    expect(walkableWay({ highway: 'bridleway' }, 'exclude')).toBeNull();
    expect(walkableWay({ highway: 'bridleway', foot: 'designated' }, 'exclude')).not.toBeNull();
  });

  it('area=yes is flagged (walked along its outline); platforms are walkable', () => {
    expect(walkableWay({ highway: 'pedestrian', area: 'yes' }, 'exclude')?.area).toBe(true);
    expect(walkableWay({ railway: 'platform' }, 'exclude')).not.toBeNull();
  });

  it('unknown highway values and non-highways are not walkable', () => {
    expect(walkableWay({ highway: 'bus_stop' }, 'exclude')).toBeNull();
    expect(walkableWay({ building: 'yes' }, 'exclude')).toBeNull();
    expect(walkableWay(null, 'exclude')).toBeNull();
  });
});

describe('blockingNode: gates of gated compounds', () => {
  it('an untagged gate is open', () => {
    expect(blockingNode({ barrier: 'gate' }, 'exclude')).toBe(false);
  });
  it('a private gate closes unless private paths are walkable', () => {
    expect(blockingNode({ barrier: 'gate', access: 'private' }, 'exclude')).toBe(true);
    expect(blockingNode({ barrier: 'gate', access: 'private' }, 'walkable')).toBe(false);
  });
  it('a locked gate or access=no closes in both modes; foot=yes opens', () => {
    expect(blockingNode({ barrier: 'gate', locked: 'yes' }, 'walkable')).toBe(true);
    expect(blockingNode({ barrier: 'lift_gate', access: 'no' }, 'walkable')).toBe(true);
    expect(blockingNode({ barrier: 'gate', access: 'no', foot: 'yes' }, 'exclude')).toBe(false);
  });
  it('bollards and kerbs never block; walls on a node do', () => {
    expect(blockingNode({ barrier: 'bollard' }, 'exclude')).toBe(false);
    expect(blockingNode({ barrier: 'kerb' }, 'exclude')).toBe(false);
    expect(blockingNode({ barrier: 'wall' }, 'walkable')).toBe(true);
  });
});

describe('features', () => {
  it('POIs are shop/amenity/craft/healthcare/leisure/office; buildings are building!=no', () => {
    for (const k of ['shop', 'amenity', 'craft', 'healthcare', 'leisure', 'office'])
      expect(isPoi({ [k]: 'x' })).toBe(true);
    expect(isPoi({ highway: 'footway' })).toBe(false);
    expect(isBuilding({ building: 'residential' })).toBe(true);
    expect(isBuilding({ building: 'no' })).toBe(false);
  });
});

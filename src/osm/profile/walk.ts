// The walking profile: which OSM ways and nodes a pedestrian can use, as data.
// docs/reference/walk-profile.md explains each rule; tests in walk.test.ts pin them.
import { WalkClass } from '../../geo/graph';
import type { OsmTags } from '../source';

export type PrivateAccess = 'exclude' | 'walkable';

/** highway=* values and whether (and how) they are walkable by default. */
export const HIGHWAY_RULES: Record<string, { walk: 'yes' | 'if-foot-allowed'; cls: WalkClass }> = {
  footway: { walk: 'yes', cls: WalkClass.normal },
  path: { walk: 'yes', cls: WalkClass.normal },
  pedestrian: { walk: 'yes', cls: WalkClass.normal },
  steps: { walk: 'yes', cls: WalkClass.steps },
  living_street: { walk: 'yes', cls: WalkClass.normal },
  residential: { walk: 'yes', cls: WalkClass.normal },
  service: { walk: 'yes', cls: WalkClass.normal },
  unclassified: { walk: 'yes', cls: WalkClass.normal },
  road: { walk: 'yes', cls: WalkClass.normal },
  tertiary: { walk: 'yes', cls: WalkClass.normal },
  tertiary_link: { walk: 'yes', cls: WalkClass.normal },
  secondary: { walk: 'yes', cls: WalkClass.normal },
  secondary_link: { walk: 'yes', cls: WalkClass.normal },
  primary: { walk: 'yes', cls: WalkClass.normal },
  primary_link: { walk: 'yes', cls: WalkClass.normal },
  track: { walk: 'yes', cls: WalkClass.rough },
  corridor: { walk: 'yes', cls: WalkClass.normal },
  platform: { walk: 'yes', cls: WalkClass.normal },
  elevator: { walk: 'yes', cls: WalkClass.normal },
  cycleway: { walk: 'yes', cls: WalkClass.normal },
  bridleway: { walk: 'if-foot-allowed', cls: WalkClass.rough },
  // Trunk roads: walkable only with an explicit foot tag or a mapped sidewalk.
  trunk: { walk: 'if-foot-allowed', cls: WalkClass.normal },
  trunk_link: { walk: 'if-foot-allowed', cls: WalkClass.normal },
};

/** Never walkable, whatever the foot tag says (motorways; things that are not ways yet or any more). */
export const HIGHWAY_NEVER = new Set([
  'motorway',
  'motorway_link',
  'construction',
  'proposed',
  'abandoned',
  'disused',
  'raceway',
  'bus_guideway',
  'escape',
]);

const FOOT_YES = new Set(['yes', 'designated', 'permissive']);
const ACCESS_NO = new Set(['no', 'agricultural', 'forestry', 'military', 'emergency']);
const ACCESS_PRIVATE = new Set(['private', 'residents', 'customers_only']);
const SIDEWALK_YES = new Set(['both', 'left', 'right', 'yes', 'separate']);

export interface WayVerdict {
  cls: WalkClass;
  /** area=yes or a pedestrian square: walked along its outline. */
  area: boolean;
}

/**
 * Walkability of a way. `foot` decides first (foot=yes|designated|permissive overrides access=*,
 * foot=no|use_sidepath excludes); then access=*; private ways follow the planner's switch.
 */
export function walkableWay(tags: OsmTags | null, privateAccess: PrivateAccess): WayVerdict | null {
  if (!tags) return null;
  const highway = tags.highway;
  const isPlatform = tags.railway === 'platform' || tags.public_transport === 'platform';
  if (!highway && !isPlatform) return null;
  if (highway && HIGHWAY_NEVER.has(highway)) return null;
  const rule = highway ? HIGHWAY_RULES[highway] : HIGHWAY_RULES.platform;
  if (!rule) return null;
  const foot = tags.foot;
  const access = tags.access;
  if (foot === 'no' || foot === 'use_sidepath') return null;
  const footYes = foot !== undefined && FOOT_YES.has(foot);
  if (rule.walk === 'if-foot-allowed' && !footYes && !SIDEWALK_YES.has(tags.sidewalk ?? '')) return null;
  let cls: WalkClass = rule.cls;
  if (!footYes) {
    if (access !== undefined && ACCESS_NO.has(access)) return null;
    const isPrivate = (access !== undefined && ACCESS_PRIVATE.has(access)) || foot === 'private';
    if (isPrivate) {
      if (privateAccess === 'exclude') return null;
      if (cls === WalkClass.normal) cls = WalkClass.private;
    }
  }
  const area = tags.area === 'yes';
  // Closed highway=pedestrian without area=no is a square by convention; other area=yes ways too.
  return { cls, area };
}

const BARRIERS_THAT_CLOSE = new Set([
  'gate',
  'lift_gate',
  'swing_gate',
  'sliding_gate',
  'turnstile',
  'full-height_turnstile',
  'kissing_gate',
  'door',
  'wall',
  'fence',
  'hedge',
]);

/**
 * Whether a node blocks pedestrians. Gates of gated compounds (小区大门) are the deliberate case:
 * a gate tagged access=private|no or locked=yes closes unless private compound paths are counted as
 * walkable; an untagged gate is open (most are staffed or open by day). Walls and fences mapped on a
 * node close unless foot=yes. foot=yes|designated|permissive always opens.
 */
export function blockingNode(tags: OsmTags | null, privateAccess: PrivateAccess): boolean {
  if (!tags || !tags.barrier) return false;
  const foot = tags.foot;
  if (foot !== undefined && FOOT_YES.has(foot)) return false;
  if (foot === 'no') return true;
  if (!BARRIERS_THAT_CLOSE.has(tags.barrier)) return false;
  if (tags.barrier === 'wall' || tags.barrier === 'fence' || tags.barrier === 'hedge') return true;
  const access = tags.access;
  const closed = tags.locked === 'yes' || (access !== undefined && ACCESS_NO.has(access));
  if (closed) return true;
  const isPrivate = access !== undefined && ACCESS_PRIVATE.has(access);
  return isPrivate && privateAccess === 'exclude';
}

const POI_KEYS = ['shop', 'amenity', 'craft', 'healthcare', 'leisure', 'office'] as const;

/** Points of interest kept beside the graph, for mapping to business types later. */
export function isPoi(tags: OsmTags | null): boolean {
  if (!tags) return false;
  for (const k of POI_KEYS) if (tags[k] !== undefined) return true;
  return false;
}

export function isBuilding(tags: OsmTags | null): boolean {
  return !!tags && tags.building !== undefined && tags.building !== 'no';
}

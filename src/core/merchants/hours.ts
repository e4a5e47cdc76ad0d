// Opening hours (OSM opening_hours syntax), evaluated on the circle's wall clock.
import opening_hours from 'opening_hours';

const parsed = new Map<string, opening_hours | null>();
const MAX_CACHE = 5000;

function parse(value: string): opening_hours | null {
  let oh = parsed.get(value);
  if (oh === undefined) {
    try {
      oh = new opening_hours(value, null, 0);
    } catch {
      oh = null;
    }
    if (parsed.size >= MAX_CACHE) parsed.clear();
    parsed.set(value, oh);
  }
  return oh;
}

/** A problem description, or null when the value parses. */
export function openingHoursProblem(value: string): string | null {
  try {
    new opening_hours(value, null, 0);
    return null;
  } catch (err) {
    return String(err).replace(/\s+/g, ' ').trim().slice(0, 200);
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A Date whose local fields (in the process's zone) equal the wall-clock time in `timeZone` at the
 * instant `iso`; opening_hours reads local fields, so this evaluates hours in the circle's zone.
 */
export function wallClock(iso: string, timeZone: string): Date {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(iso))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** Open at the instant? null when hours are missing or unparsable. */
export function isOpenAt(hours: string | null, iso: string, timeZone: string): boolean | null {
  if (!hours) return null;
  const oh = parse(hours);
  if (!oh) return null;
  return oh.getState(wallClock(iso, timeZone));
}

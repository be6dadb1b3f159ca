/**
 * A point in time read from an ASL timestamp, kept at full precision: whole seconds since the
 * epoch plus the fractional digits as written (trailing zeros removed), so that
 * `...:55.1Z` and `...:55.100Z` are the same instant and nothing is rounded to milliseconds.
 */
export interface TimestampInstant {
  readonly epochSeconds: number;
  readonly fraction: string;
}

/**
 * The ASL profile of RFC 3339: "an uppercase T character MUST be used to separate date and time,
 * and an uppercase Z character MUST be present in the absence of a numeric time zone offset".
 */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const SECONDS_PER_DAY = 86_400;

/** Parses an ASL timestamp; null when the text is not one (including impossible dates such as Feb 30). */
export function parseTimestamp(text: string): TimestampInstant | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetSeconds = 0;
  if (m[8] !== undefined) {
    const offsetHours = Number(m[9]);
    const offsetMinutes = Number(m[10]);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    offsetSeconds = (m[8] === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  const localSeconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
  return { epochSeconds: localSeconds - offsetSeconds, fraction: (m[7] ?? '').replace(/0+$/, '') };
}

/** Orders two instants: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareTimestamps(a: TimestampInstant, b: TimestampInstant): number {
  if (a.epochSeconds !== b.epochSeconds) return a.epochSeconds - b.epochSeconds;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, '0');
  const fb = b.fraction.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** True when the text is an ASL timestamp. */
export function isRfc3339Timestamp(text: string): boolean {
  return parseTimestamp(text) !== null;
}

/** The instant in epoch milliseconds (sub-millisecond digits dropped), as timers need it. */
export function timestampEpochMs(instant: TimestampInstant): number {
  return instant.epochSeconds * 1000 + Number(instant.fraction.slice(0, 3).padEnd(3, '0'));
}

import { awsError } from './aws-api.error';

interface StringRule {
  /** Longest accepted value, in characters (or in UTF-8 bytes with `bytes`). */
  readonly max: number;
  readonly min?: number;
  /** Length counted in UTF-8 bytes, as AWS counts payloads. */
  readonly bytes?: boolean;
  /** AWS leaves sensitive values (payloads, errors) out of its messages. */
  readonly sensitive?: boolean;
}

/**
 * The members of one request, read the way AWS's JSON protocol reads them: a member of the
 * wrong JSON type is a SerializationException at once; constraint violations (missing, too long,
 * out of range, not in the enum) are collected and reported together by `validate()` as one
 * ValidationException, in AWS's wording.
 */
export class AwsRequest {
  private readonly problems: string[] = [];

  constructor(private readonly members: Readonly<Record<string, unknown>>) {}

  /** A required string member; `''` when missing (the problem is reported by `validate()`). */
  requiredString(field: string, rule: StringRule): string {
    const value = this.string(field, rule);
    if (value === undefined) this.problems.push(`Value null at '${field}' failed to satisfy constraint: Member must not be null`);
    return value ?? '';
  }

  string(field: string, rule: StringRule): string | undefined {
    const value = this.members[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw awsError.serialization(`Expected a string for '${field}', got ${jsonType(value)}`);
    const length = rule.bytes ? Buffer.byteLength(value, 'utf8') : value.length;
    const shown = rule.sensitive ? 'Value' : `Value '${value}'`;
    if (length > rule.max) this.problems.push(`${shown} at '${field}' failed to satisfy constraint: Member must have length less than or equal to ${rule.max}`);
    if (length < (rule.min ?? 0)) this.problems.push(`${shown} at '${field}' failed to satisfy constraint: Member must have length greater than or equal to ${rule.min}`);
    return value;
  }

  integer(field: string, range: { readonly min: number; readonly max: number }): number | undefined {
    const value = this.members[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) throw awsError.serialization(`Expected an integer for '${field}', got ${jsonType(value)}`);
    if (value > range.max) this.problems.push(`Value '${value}' at '${field}' failed to satisfy constraint: Member must have value less than or equal to ${range.max}`);
    if (value < range.min) this.problems.push(`Value '${value}' at '${field}' failed to satisfy constraint: Member must have value greater than or equal to ${range.min}`);
    return value;
  }

  boolean(field: string): boolean | undefined {
    const value = this.members[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') throw awsError.serialization(`Expected a boolean for '${field}', got ${jsonType(value)}`);
    return value;
  }

  enumeration<T extends string>(field: string, values: readonly T[]): T | undefined {
    const value = this.string(field, { max: Number.MAX_SAFE_INTEGER });
    if (value === undefined) return undefined;
    if (!(values as readonly string[]).includes(value)) {
      this.problems.push(`Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy enum value set: [${values.join(', ')}]`);
    }
    return value as T;
  }

  /** Throws the ValidationException listing every problem found so far. */
  validate(): void {
    if (this.problems.length > 0) throw awsError.validation(this.problems);
  }
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

import { awsError } from './aws-api.error';

interface StringRule {
  /** Longest accepted value, in characters (or in UTF-8 bytes with `bytes`). */
  readonly max: number;
  readonly min?: number;
  /** Length counted in UTF-8 bytes, as AWS counts payloads. */
  readonly bytes?: boolean;
  /** AWS leaves sensitive values (payloads, errors) out of its messages. */
  readonly sensitive?: boolean;
  /** The shape's pattern, as AWS states it. */
  readonly pattern?: RegExp;
}

interface ListRule {
  readonly min: number;
  readonly max: number;
  readonly required?: boolean;
}

/**
 * The members of one request, read the way AWS's JSON protocol reads them: a member of the
 * wrong JSON type is a SerializationException at once; constraint violations (missing, too long,
 * out of range, not in the enum) are collected and reported together by `validate()` as one
 * ValidationException, in AWS's wording.
 */
export class AwsRequest {
  /**
   * `problems` and `path` are shared with the request a member structure belongs to, so a list
   * item's violations are reported with the request's, named as AWS names them (`tags.1.member.key`).
   */
  constructor(
    private readonly members: Readonly<Record<string, unknown>>,
    private readonly problems: string[] = [],
    private readonly path = '',
    /** Aborts when the caller has gone away (GetActivityTask stops its long poll). */
    readonly signal?: AbortSignal,
  ) {}

  /** A required string member; `''` when missing (the problem is reported by `validate()`). */
  requiredString(field: string, rule: StringRule): string {
    const value = this.string(field, rule);
    if (value === undefined) this.problems.push(`Value null at '${this.path}${field}' failed to satisfy constraint: Member must not be null`);
    return value ?? '';
  }

  /** A structure member, read as a request of its own. */
  structure(field: string): AwsRequest | undefined {
    const value = this.members[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw awsError.serialization(`Expected an object for '${field}', got ${jsonType(value)}`);
    return new AwsRequest(value as Record<string, unknown>, this.problems, `${this.path}${field}.`);
  }

  /** A list of structures, each read as a request of its own; `items` bounds its length. */
  structures(field: string, items: ListRule): AwsRequest[] | undefined {
    return this.list(field, items)?.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw awsError.serialization(`Expected an object in '${field}', got ${jsonType(item)}`);
      return new AwsRequest(item as Record<string, unknown>, this.problems, `${this.path}${field}.${i + 1}.member.`);
    });
  }

  /** A list of strings, each under `rule`; `items` bounds its length. */
  strings(field: string, items: ListRule, rule: StringRule): string[] | undefined {
    const list = this.list(field, items);
    const members = new AwsRequest(Object.fromEntries((list ?? []).map((item, i) => [`${i + 1}.member`, item])), this.problems, `${this.path}${field}.`);
    return list?.map((_, i) => members.requiredString(`${i + 1}.member`, rule));
  }

  private list(field: string, items: ListRule): unknown[] | undefined {
    const value = this.members[field];
    const at = `${this.path}${field}`;
    if (value === undefined || value === null) {
      if (items.required) this.problems.push(`Value null at '${at}' failed to satisfy constraint: Member must not be null`);
      return undefined;
    }
    if (!Array.isArray(value)) throw awsError.serialization(`Expected a list for '${field}', got ${jsonType(value)}`);
    if (value.length > items.max) this.problems.push(`Value at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${items.max}`);
    if (value.length < items.min) this.problems.push(`Value at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${items.min}`);
    return value;
  }

  string(field: string, rule: StringRule): string | undefined {
    const value = this.members[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw awsError.serialization(`Expected a string for '${field}', got ${jsonType(value)}`);
    const length = rule.bytes ? Buffer.byteLength(value, 'utf8') : value.length;
    const shown = rule.sensitive ? 'Value' : `Value '${value}'`;
    const at = `${this.path}${field}`;
    if (length > rule.max) this.problems.push(`${shown} at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${rule.max}`);
    if (length < (rule.min ?? 0)) this.problems.push(`${shown} at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${rule.min}`);
    if (rule.pattern && !rule.pattern.test(value)) this.problems.push(`${shown} at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${rule.pattern.source}`);
    return value;
  }

  /** A required integer member; 0 when missing (the problem is reported by `validate()`). */
  requiredInteger(field: string, range: { readonly min: number; readonly max: number }): number {
    const value = this.integer(field, range);
    if (value === undefined) this.problems.push(`Value null at '${this.path}${field}' failed to satisfy constraint: Member must not be null`);
    return value ?? 0;
  }

  integer(field: string, range: { readonly min: number; readonly max: number }): number | undefined {
    const value = this.members[field];
    if (value !== undefined && value !== null && !Number.isInteger(value)) throw awsError.serialization(`Expected an integer for '${field}', got ${jsonType(value)}`);
    return this.number(field, range);
  }

  /** A number member: AWS's Float, Double, or an integer type once `integer` has checked it. */
  number(field: string, range: { readonly min: number; readonly max: number }): number | undefined {
    const value = this.members[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number') throw awsError.serialization(`Expected a number for '${field}', got ${jsonType(value)}`);
    const at = `${this.path}${field}`;
    if (value > range.max) this.problems.push(`Value '${value}' at '${at}' failed to satisfy constraint: Member must have value less than or equal to ${range.max}`);
    if (value < range.min) this.problems.push(`Value '${value}' at '${at}' failed to satisfy constraint: Member must have value greater than or equal to ${range.min}`);
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
      this.problems.push(`Value '${value}' at '${this.path}${field}' failed to satisfy constraint: Member must satisfy enum value set: [${values.join(', ')}]`);
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

/** Just enough protobuf encoding to send well-formed, mistyped and broken messages by hand. */

const WireType = { Varint: 0, Fixed64: 1, LengthDelimited: 2, Fixed32: 5 } as const;

export function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = BigInt.asUintN(64, BigInt(Math.trunc(value)));
  do {
    const low = Number(rest & 0x7fn);
    rest >>= 7n;
    bytes.push(rest > 0n ? low | 0x80 : low);
  } while (rest > 0n);
  return Buffer.from(bytes);
}

function tag(field: number, wireType: number): Buffer {
  return varint((field << 3) | wireType);
}

export const pb = {
  string: (field: number, value: string | Buffer) => {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    return Buffer.concat([tag(field, WireType.LengthDelimited), varint(bytes.length), bytes]);
  },
  int: (field: number, value: number) => Buffer.concat([tag(field, WireType.Varint), varint(value)]),
  fixed32: (field: number, value: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32LE(value >>> 0);
    return Buffer.concat([tag(field, WireType.Fixed32), bytes]);
  },
  fixed64: (field: number) => Buffer.concat([tag(field, WireType.Fixed64), Buffer.alloc(8, 0xff)]),
  /** A length-delimited field that claims more bytes than follow. */
  truncated: (field: number, claimed: number) => Buffer.concat([tag(field, WireType.LengthDelimited), varint(claimed), Buffer.from('abc')]),
  /** Wire types 3, 4, 6 and 7 are deprecated groups or invalid. */
  invalidWireType: (field: number) => Buffer.concat([tag(field, 7), Buffer.from([1, 2, 3])]),
};

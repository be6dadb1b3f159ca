import { MAX_DEFINITION_LENGTH, MAX_PAYLOAD_BYTES } from '../aws-api/aws-limits';
import { checkPayloadSize, definitionText, withIsoDates } from './rest-values';

describe(withIsoDates.name, () => {
  it("turns AWS's epoch-second dates into ISO-8601 and leaves other members alone", () => {
    expect(withIsoDates({ startDate: 1_700_000_000.5, name: 'x', redriveCount: 2, stopDate: undefined })).toEqual({
      startDate: '2023-11-14T22:13:20.500Z',
      name: 'x',
      redriveCount: 2,
      stopDate: undefined,
    });
  });
});

describe(checkPayloadSize.name, () => {
  it('counts the payload as UTF-8 JSON text, as AWS does', () => {
    expect(checkPayloadSize('input', 'x'.repeat(MAX_PAYLOAD_BYTES - 2))).toHaveLength(MAX_PAYLOAD_BYTES - 2);
    expect(() => checkPayloadSize('input', 'x'.repeat(MAX_PAYLOAD_BYTES - 1))).toThrow(/'input'/);
    expect(() => checkPayloadSize('output', 'é'.repeat(MAX_PAYLOAD_BYTES / 2))).toThrow(/'output'/);
  });
});

describe(definitionText.name, () => {
  it('takes a definition as text or as an object', () => {
    expect(definitionText('{"StartAt":"A"}')).toBe('{"StartAt":"A"}');
    expect(definitionText({ StartAt: 'A' })).toBe('{"StartAt":"A"}');
  });

  it("refuses one that is empty or longer than AWS's limit", () => {
    expect(() => definitionText('')).toThrow(/definition/);
    expect(() => definitionText('x'.repeat(MAX_DEFINITION_LENGTH + 1))).toThrow(/definition/);
  });
});

import type { JsonObject } from '../json';
import { checkMapFields } from './map.pass';
import { validationContext } from './validation-context';

const PROCESSOR = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
const map = (fields: JsonObject, top: JsonObject = {}) =>
  checkMapFields(validationContext({ ...top, StartAt: 'M', States: { M: { Type: 'Map', End: true, ...fields } } }, 'STANDARD')).map(
    (d) => [d.code, d.message, d.location],
  );
const distributed = (extra: JsonObject = {}) => ({
  ItemProcessor: { ...PROCESSOR, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } },
  ...extra,
});

describe('checkMapFields', () => {
  it('accepts an inline and a distributed Map', () => {
    expect(map({ ItemProcessor: PROCESSOR, MaxConcurrency: 0 })).toEqual([]);
    expect(
      map(
        distributed({
          ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }, Parameters: {} },
          ItemBatcher: { MaxItemsPerBatch: 10 },
          ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'b' } },
          ToleratedFailurePercentage: 12.5,
          Label: 'my-label',
        }),
      ),
    ).toEqual([]);
  });

  it('requires a processor', () => {
    expect(map({})).toEqual([
      ['SCHEMA_VALIDATION_FAILED', 'This object should have only one of the following fields: [ItemProcessor, Iterator]', '/States/M'],
    ]);
  });

  it('requires ExecutionType in DISTRIBUTED mode only', () => {
    expect(map({ ItemProcessor: { ...PROCESSOR, ProcessorConfig: { Mode: 'DISTRIBUTED' } } })).toEqual([
      ['SCHEMA_VALIDATION_FAILED', 'These fields are required: [ExecutionType]', '/States/M/ItemProcessor/ProcessorConfig'],
    ]);
    expect(map({ ItemProcessor: { ...PROCESSOR, ProcessorConfig: { Mode: 'INLINE', ExecutionType: 'EXPRESS' } } })).toEqual([
      ['SCHEMA_VALIDATION_FAILED', "Field 'ExecutionType' is not supported", '/States/M/ItemProcessor/ProcessorConfig'],
    ]);
  });

  it('checks limits, except JSONata expressions', () => {
    expect(map({ ItemProcessor: PROCESSOR, MaxConcurrency: -1, ToleratedFailurePercentage: 101 })).toEqual([
      ['SCHEMA_VALIDATION_FAILED', 'Minimum value is 0', '/States/M/MaxConcurrency'],
      ['SCHEMA_VALIDATION_FAILED', 'Maximum value is 100', '/States/M/ToleratedFailurePercentage'],
    ]);
    expect(map({ ItemProcessor: PROCESSOR, MaxConcurrency: '{% $n %}' }, { QueryLanguage: 'JSONata' })).toEqual([]);
  });

  it('refuses readers, writers and batchers of the wrong shape', () => {
    expect(
      map(
        distributed({
          ItemReader: { Resource: 'arn:aws:states:::s3:unknownOperation', ReaderConfig: { InputType: 'UNSUPPORTED' } },
          ItemBatcher: { BatchInput: {} },
          ResultWriter: { Resource: 'arn:aws:states:::s3:putObject' },
        }),
      ),
    ).toEqual([
      ['SCHEMA_VALIDATION_FAILED', "The field 'Resource' does not match any of the allowed values", '/States/M/ItemReader/Resource'],
      ['SCHEMA_VALIDATION_FAILED', 'Value should be one of the following: [CSV, JSON, JSONL, MANIFEST, PARQUET]', '/States/M/ItemReader/ReaderConfig/InputType'],
      [
        'SCHEMA_VALIDATION_FAILED',
        'This object should have at least one of the following fields: [MaxItemsPerBatch, MaxItemsPerBatchPath, MaxInputBytesPerBatch, MaxInputBytesPerBatchPath]',
        '/States/M/ItemBatcher',
      ],
      ['SCHEMA_VALIDATION_FAILED', 'These fields are required: [Parameters]', '/States/M/ResultWriter'],
    ]);
  });

  it("refuses the other language's payload field in a writer", () => {
    const writer = { Resource: 'arn:aws:states:::s3:putObject', Arguments: { Bucket: 'b' }, Parameters: { Bucket: 'c' } };
    expect(map(distributed({ ResultWriter: writer }), { QueryLanguage: 'JSONata' })).toEqual([
      [
        'SCHEMA_VALIDATION_FAILED',
        "The QueryLanguage is set to 'JSONata', but field 'Parameters' is only supported for the 'JSONPath' QueryLanguage",
        '/States/M/ResultWriter/Parameters',
      ],
    ]);
  });

  it('refuses a Label that is too long or holds special characters', () => {
    expect(map({ ItemProcessor: PROCESSOR, Label: 'has space' })).toEqual([
      ['INVALID_LABEL_NAME', expect.stringContaining('must not contain whitespace'), '/States/M/Label'],
    ]);
    expect(map({ ItemProcessor: PROCESSOR, Label: 'x'.repeat(41) })).toHaveLength(1);
  });
});

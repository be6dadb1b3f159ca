import { isJsonObject, type Json, type JsonObject } from '../json';
import { has, type StateNode } from './definition-walk';
import { DiagnosticCode, error, schemaError, type Diagnostic } from './diagnostic';
import type { ValidationContext } from './validation-context';
import {
  checkEnum,
  checkNumber,
  expectedType,
  isJsonataTemplate,
  noneOf,
  notSupported,
  otherLanguageField,
  requiredFields,
} from './value-checks';

/** Longest Map Label AWS accepts. */
const MAX_LABEL_LENGTH = 40;
/** Characters a Label may not contain: whitespace, brackets, wildcards and specials (control characters apart). */
const LABEL_FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/u;
/** Largest ItemBatcher MaxInputBytesPerBatch: 256 KiB. */
const MAX_INPUT_BYTES_PER_BATCH = 262144;
const MODES = ['INLINE', 'DISTRIBUTED'];
const EXECUTION_TYPES = ['STANDARD', 'EXPRESS'];
const INPUT_TYPES = ['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET'];
const CSV_HEADER_LOCATIONS = ['FIRST_ROW', 'GIVEN'];
const TRANSFORMATIONS = ['NONE', 'COMPACT', 'FLATTEN'];
const OUTPUT_TYPES = ['JSON', 'JSONL'];
const BATCHER_LIMITS = ['MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'];
const READER_RESOURCE = /^arn:[\w-]+:states:::s3:(getObject|listObjectsV2)$/;
const WRITER_RESOURCE = /^arn:[\w-]+:states:::s3:putObject$/;

/** Map-only fields: the processor and its mode, the distributed readers and writers, limits, Label. */
export function checkMapFields(context: ValidationContext): Diagnostic[] {
  return context.states.filter(({ state }) => state.Type === 'Map').flatMap(checkMap);
}

function checkMap(node: StateNode): Diagnostic[] {
  const { state, location, language } = node;
  const jsonata = language === 'JSONata';
  const at = (field: string): string => `${location}/${field}`;
  const diagnostics: Diagnostic[] = [];
  if (!has(state, 'ItemProcessor') && !has(state, 'Iterator')) {
    diagnostics.push(noneOf(['ItemProcessor', 'Iterator'], location));
  }
  for (const field of ['ItemProcessor', 'Iterator']) {
    const processor = state[field];
    if (processor === undefined) continue;
    if (!isJsonObject(processor)) diagnostics.push(expectedType(['OBJECT'], at(field)));
    else if (processor.ProcessorConfig !== undefined) {
      diagnostics.push(...checkProcessorConfig(processor.ProcessorConfig, `${at(field)}/ProcessorConfig`));
    }
  }
  if (state.Items !== undefined && !Array.isArray(state.Items) && !isJsonataTemplate(state.Items)) {
    diagnostics.push(expectedType(['ARRAY', 'STRING'], at('Items')));
  }
  diagnostics.push(
    ...checkNumber(state.MaxConcurrency, at('MaxConcurrency'), { integer: true, min: 0, jsonata }),
    ...checkNumber(state.ToleratedFailurePercentage, at('ToleratedFailurePercentage'), { min: 0, max: 100, jsonata }),
    ...checkNumber(state.ToleratedFailureCount, at('ToleratedFailureCount'), { integer: true, min: 0, jsonata }),
    ...checkLabel(state.Label, at('Label')),
    ...optionalObject(state.ItemReader, at('ItemReader'), (reader, where) => checkItemReader(reader, where, jsonata)),
    ...optionalObject(state.ItemBatcher, at('ItemBatcher'), (batcher, where) => checkItemBatcher(batcher, where, jsonata)),
    ...optionalObject(state.ResultWriter, at('ResultWriter'), (writer, where) => checkResultWriter(writer, where, jsonata)),
  );
  return diagnostics;
}

type ObjectCheck = (object: JsonObject, location: string) => Diagnostic[];

function optionalObject(value: Json | undefined, location: string, check: ObjectCheck): Diagnostic[] {
  if (value === undefined) return [];
  return isJsonObject(value) ? check(value, location) : [expectedType(['OBJECT'], location)];
}

function checkProcessorConfig(config: Json, location: string): Diagnostic[] {
  if (!isJsonObject(config)) return [expectedType(['OBJECT'], location)];
  const diagnostics = Object.keys(config)
    .filter((field) => field !== 'Mode' && field !== 'ExecutionType')
    .map((field) => notSupported(field, location));
  diagnostics.push(
    ...checkEnum(config.Mode, MODES, `${location}/Mode`),
    ...checkEnum(config.ExecutionType, EXECUTION_TYPES, `${location}/ExecutionType`),
  );
  if (config.Mode === 'DISTRIBUTED' && !has(config, 'ExecutionType')) {
    diagnostics.push(requiredFields(['ExecutionType'], location));
  }
  if (config.Mode !== 'DISTRIBUTED' && has(config, 'ExecutionType')) diagnostics.push(notSupported('ExecutionType', location));
  return diagnostics;
}

function checkLabel(label: Json | undefined, location: string): Diagnostic[] {
  if (label === undefined) return [];
  if (typeof label !== 'string') return [expectedType(['STRING'], location)];
  if (label.length > MAX_LABEL_LENGTH || LABEL_FORBIDDEN.test(label) || hasControlCharacter(label)) {
    return [
      error(
        DiagnosticCode.InvalidLabelName,
        `The label must be at most ${MAX_LABEL_LENGTH} characters long and must not contain whitespace, ` +
          'brackets, wildcards, special or control characters',
        location,
      ),
    ];
  }
  return [];
}

function hasControlCharacter(text: string): boolean {
  return [...text].some((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

/** `Parameters` belongs to JSONPath and `Arguments` to JSONata, in readers and writers alike. */
function foreignPayload(object: JsonObject, location: string, jsonata: boolean): Diagnostic[] {
  const field = jsonata ? 'Parameters' : 'Arguments';
  return has(object, field) ? [otherLanguageField(jsonata ? 'JSONata' : 'JSONPath', field, `${location}/${field}`)] : [];
}

function unknownFields(object: JsonObject, allowed: readonly string[], location: string): Diagnostic[] {
  return Object.keys(object).filter((f) => !allowed.includes(f)).map((f) => notSupported(f, location));
}

function checkResource(resource: Json | undefined, pattern: RegExp, location: string): Diagnostic[] {
  if (resource === undefined) return [];
  if (typeof resource !== 'string') return [expectedType(['STRING'], location)];
  return pattern.test(resource) ? [] : [schemaError("The field 'Resource' does not match any of the allowed values", location)];
}

function checkItemReader(reader: JsonObject, location: string, jsonata: boolean): Diagnostic[] {
  const diagnostics = [
    ...unknownFields(reader, ['Resource', 'ReaderConfig', 'Parameters', 'Arguments'], location),
    ...(has(reader, 'Resource') ? [] : [requiredFields(['Resource'], location)]),
    ...checkResource(reader.Resource, READER_RESOURCE, `${location}/Resource`),
    ...foreignPayload(reader, location, jsonata),
  ];
  const config = reader.ReaderConfig;
  const at = `${location}/ReaderConfig`;
  if (config === undefined) return diagnostics;
  if (!isJsonObject(config)) return [...diagnostics, expectedType(['OBJECT'], at)];
  diagnostics.push(
    ...checkEnum(config.InputType, INPUT_TYPES, `${at}/InputType`),
    ...checkEnum(config.CSVHeaderLocation, CSV_HEADER_LOCATIONS, `${at}/CSVHeaderLocation`),
    ...checkNumber(config.MaxItems, `${at}/MaxItems`, { integer: true, min: 0, jsonata }),
  );
  if (config.CSVHeaderLocation === 'GIVEN' && !has(config, 'CSVHeaders')) diagnostics.push(requiredFields(['CSVHeaders'], at));
  return diagnostics;
}

function checkItemBatcher(batcher: JsonObject, location: string, jsonata: boolean): Diagnostic[] {
  const diagnostics = unknownFields(batcher, [...BATCHER_LIMITS, 'BatchInput'], location);
  if (!BATCHER_LIMITS.some((field) => has(batcher, field))) {
    const fields = BATCHER_LIMITS.join(', ');
    diagnostics.push(schemaError(`This object should have at least one of the following fields: [${fields}]`, location));
  }
  diagnostics.push(
    ...checkNumber(batcher.MaxItemsPerBatch, `${location}/MaxItemsPerBatch`, { integer: true, min: 1, jsonata }),
    ...checkNumber(batcher.MaxInputBytesPerBatch, `${location}/MaxInputBytesPerBatch`, {
      integer: true,
      min: 1,
      max: MAX_INPUT_BYTES_PER_BATCH,
      jsonata,
    }),
  );
  return diagnostics;
}

function checkResultWriter(writer: JsonObject, location: string, jsonata: boolean): Diagnostic[] {
  const diagnostics = [
    ...unknownFields(writer, ['Resource', 'Parameters', 'Arguments', 'WriterConfig'], location),
    ...checkResource(writer.Resource, WRITER_RESOURCE, `${location}/Resource`),
    ...foreignPayload(writer, location, jsonata),
  ];
  const payload = jsonata ? 'Arguments' : 'Parameters';
  if (!has(writer, 'Resource') && !has(writer, 'WriterConfig')) diagnostics.push(requiredFields(['Resource'], location));
  if (has(writer, 'Resource') && !has(writer, payload)) diagnostics.push(requiredFields([payload], location));
  const config = writer.WriterConfig;
  const at = `${location}/WriterConfig`;
  if (config === undefined) return diagnostics;
  if (!isJsonObject(config)) return [...diagnostics, expectedType(['OBJECT'], at)];
  const missing = ['Transformation', 'OutputType'].filter((f) => !has(config, f));
  if (missing.length === 1) diagnostics.push(requiredFields(missing, at));
  diagnostics.push(
    ...checkEnum(config.Transformation, TRANSFORMATIONS, `${at}/Transformation`),
    ...checkEnum(config.OutputType, OUTPUT_TYPES, `${at}/OutputType`),
  );
  return diagnostics;
}

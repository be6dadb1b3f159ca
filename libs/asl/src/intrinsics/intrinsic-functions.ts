import { IntrinsicName } from './intrinsic-ast';
import type { IntrinsicFunction } from './intrinsic-call';
import { statesArrayContains } from './states-array-contains.intrinsic';
import { statesArrayGetItem } from './states-array-get-item.intrinsic';
import { statesArrayLength } from './states-array-length.intrinsic';
import { statesArrayPartition } from './states-array-partition.intrinsic';
import { statesArrayRange } from './states-array-range.intrinsic';
import { statesArrayUnique } from './states-array-unique.intrinsic';
import { statesArray } from './states-array.intrinsic';
import { statesBase64Decode } from './states-base64-decode.intrinsic';
import { statesBase64Encode } from './states-base64-encode.intrinsic';
import { statesFormat } from './states-format.intrinsic';
import { statesHash } from './states-hash.intrinsic';
import { statesJsonMerge } from './states-json-merge.intrinsic';
import { statesJsonToString } from './states-json-to-string.intrinsic';
import { statesMathAdd } from './states-math-add.intrinsic';
import { statesMathRandom } from './states-math-random.intrinsic';
import { statesStringSplit } from './states-string-split.intrinsic';
import { statesStringToJson } from './states-string-to-json.intrinsic';
import { statesUuid } from './states-uuid.intrinsic';

/** Every intrinsic function by its ASL name. */
export const intrinsicFunctions: Readonly<Record<IntrinsicName, IntrinsicFunction>> = {
  [IntrinsicName.Array]: statesArray,
  [IntrinsicName.ArrayContains]: statesArrayContains,
  [IntrinsicName.ArrayGetItem]: statesArrayGetItem,
  [IntrinsicName.ArrayLength]: statesArrayLength,
  [IntrinsicName.ArrayPartition]: statesArrayPartition,
  [IntrinsicName.ArrayRange]: statesArrayRange,
  [IntrinsicName.ArrayUnique]: statesArrayUnique,
  [IntrinsicName.Base64Decode]: statesBase64Decode,
  [IntrinsicName.Base64Encode]: statesBase64Encode,
  [IntrinsicName.Format]: statesFormat,
  [IntrinsicName.Hash]: statesHash,
  [IntrinsicName.JsonMerge]: statesJsonMerge,
  [IntrinsicName.JsonToString]: statesJsonToString,
  [IntrinsicName.MathAdd]: statesMathAdd,
  [IntrinsicName.MathRandom]: statesMathRandom,
  [IntrinsicName.StringSplit]: statesStringSplit,
  [IntrinsicName.StringToJson]: statesStringToJson,
  [IntrinsicName.UUID]: statesUuid,
};

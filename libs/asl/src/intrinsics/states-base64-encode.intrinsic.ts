import { expectArgumentCount, stringArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';
import { javaUtf8Bytes } from './java-text';

/** "The input string can contain up to 10,000 characters" (AWS developer guide, Base64 intrinsics). */
export const MAX_BASE64_INPUT_LENGTH = 10_000;

/** `States.Base64Encode(text)`: the Base64 (with padding) of the text's UTF-8 bytes. */
export const statesBase64Encode: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 1);
  const text = stringArgument(call, 0);
  if (text.length > MAX_BASE64_INPUT_LENGTH) call.invalidArguments();
  return javaUtf8Bytes(text).toString('base64');
};

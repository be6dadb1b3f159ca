export { evaluateIntrinsic } from './evaluate-intrinsic';
export { IntrinsicName, isIntrinsicName } from './intrinsic-ast';
export { intrinsicSyntaxError, isIntrinsicFunction, MAX_INTRINSIC_NESTING } from './intrinsic-parser';

import { AwsApiError } from '../aws-api/aws-api.error';

/** The errors AWS answers unauthenticated requests with, in AWS's words and statuses. */
export const authError = {
  missingAuthenticationToken: () => new AwsApiError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403),
  incompleteSignature: (problems: readonly string[], authorization: string) =>
    new AwsApiError('IncompleteSignatureException', `${problems.join(' ')} Authorization=${authorization}`),
  unrecognizedClient: () => new AwsApiError('UnrecognizedClientException', 'The security token included in the request is invalid.'),
  invalidSignature: (message = SIGNATURE_MISMATCH) => new AwsApiError('InvalidSignatureException', message),
  /** REST, Bull Board and the console: the API key is missing or unknown. */
  invalidApiKey: (how = 'send it as X-Api-Key, Authorization: Bearer <key>, or ?apiKey=') =>
    new AwsApiError('UnrecognizedClientException', `A valid API key is required: ${how}`, 401),
};

const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

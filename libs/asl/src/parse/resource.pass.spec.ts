import { checkResources } from './resource.pass';
import { validationContext } from './validation-context';

const run = (resource: string) =>
  checkResources(validationContext({ StartAt: 'T', States: { T: { Type: 'Task', Resource: resource, End: true } } }, 'STANDARD'));

describe('checkResources', () => {
  it('accepts recognized resources', () => {
    expect(run('arn:aws:states:::dynamodb:getItem')).toEqual([]);
  });

  it("refuses others with AWS's wording, at the Resource field", () => {
    expect(run('arn:aws:states:::dynamodb:query')).toEqual([
      {
        severity: 'ERROR',
        code: 'SCHEMA_VALIDATION_FAILED',
        message:
          'The resource provided arn:aws:states:::dynamodb:query is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.',
        location: '/States/T/Resource',
      },
    ]);
  });
});

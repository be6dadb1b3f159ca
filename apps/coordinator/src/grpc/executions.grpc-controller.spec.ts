import { status, type ServiceError } from '@grpc/grpc-js';
import type { Engine, ExecutionRecord } from '@lib/engine';
import { ExecutionsGrpcController } from './executions.grpc-controller';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:m';

/** The controller over an engine whose ListExecutions pages by engine offset. */
function newTestService() {
  const list = jest.fn(async ({ nextToken }: { nextToken?: string }) =>
    nextToken === undefined
      ? { executions: [{ arn: `${MACHINE}:a`, stateMachineArn: MACHINE, name: 'a', status: 'RUNNING', startDate: 1 } as unknown as ExecutionRecord], nextToken: '7' }
      : { executions: [] },
  );
  const engine = { executions: { list } } as unknown as Engine;
  return { sut: new ExecutionsGrpcController(engine), mocks: { list } };
}

type Message = Record<string, unknown>;

function call(sut: ExecutionsGrpcController, method: string, request: Message): Promise<Message> {
  return new Promise((resolve, reject) => {
    const handler = sut.implementation()[method] as (call: { request: Message }, callback: (error: Partial<ServiceError> | null, response?: Message) => void) => void;
    handler({ request }, (error, response) => (error ? reject(error) : resolve(response as Message)));
  });
}

describe(ExecutionsGrpcController.name, () => {
  it('pages ListExecutions with the token of the previous page, as the other doors do', async () => {
    const { sut, mocks } = newTestService();
    const first = await call(sut, 'ListExecutions', { stateMachineArn: MACHINE, status: '', pageSize: 0, pageToken: '' });
    expect(first).toMatchObject({ executions: [{ name: 'a', startDate: 1 }] });
    expect(mocks.list).toHaveBeenLastCalledWith({ stateMachineArn: MACHINE, status: undefined, maxResults: 100, nextToken: undefined });

    const last = await call(sut, 'ListExecutions', { stateMachineArn: MACHINE, status: 'RUNNING', pageSize: 5, pageToken: first.nextPageToken });
    expect(last).toEqual({ executions: [], nextPageToken: '' });
    expect(mocks.list).toHaveBeenLastCalledWith({ stateMachineArn: MACHINE, status: 'RUNNING', maxResults: 5, nextToken: '7' });
  });

  it('refuses a page token it did not give, a bad status and a bad page size with INVALID_ARGUMENT', async () => {
    const { sut, mocks } = newTestService();
    for (const [request, name] of [
      [{ pageToken: '7' }, 'InvalidToken'],
      [{ status: 'PENDING_REDRIVE' }, 'ValidationException'],
      [{ pageSize: 1001 }, 'ValidationException'],
      [{ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:activity:a' }, 'InvalidArn'],
    ] as const) {
      await expect(call(sut, 'ListExecutions', request)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringMatching(new RegExp(`^${name}: `)) });
    }
    expect(mocks.list).not.toHaveBeenCalled();
  });
});

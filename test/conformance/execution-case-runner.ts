import { seededEntropy, startExecution } from '@lib/asl';
import type { CaseActual, ExecutionCase } from './corpus-case';
import {
  CONFORMANCE_START_EPOCH_MS,
  EXECUTION_ENTROPY_SEED,
  HANDLER_ENTROPY_SEED,
  conformanceIdentity,
} from './conformance-environment';
import { buildTaskHandlers } from './handler-kinds';
import { withWallClockGuard } from './wall-clock-guard';
import { YieldingVirtualClock } from './yielding-clock';

/** Runs one execution case through the in-memory executor on virtual time. */
export async function runExecutionCase(testCase: ExecutionCase, caseTimeoutMs: number): Promise<CaseActual> {
  const handlers = buildTaskHandlers(testCase.handlers ?? {}, seededEntropy(HANDLER_ENTROPY_SEED));
  const handle = startExecution({
    definition: structuredClone(testCase.definition),
    input: structuredClone(testCase.input),
    handlers,
    clock: new YieldingVirtualClock(CONFORMANCE_START_EPOCH_MS),
    entropy: seededEntropy(EXECUTION_ENTROPY_SEED),
    identity: conformanceIdentity(testCase.type),
    type: testCase.type ?? 'STANDARD',
  });
  const result = await withWallClockGuard(handle.result, caseTimeoutMs, () =>
    handle.stop('Conformance.WallClockTimeout', 'stopped by the conformance runner'),
  );
  return { status: result.status, output: result.output, error: result.error, cause: result.cause };
}

import type { ExecutionListItem } from '../api/api-types';
import { inTimeRange, matchesText } from './execution-search';

const execution: ExecutionListItem = { executionArn: 'arn:x', stateMachineArn: 'arn:m', name: 'Order-42', status: 'RUNNING', startDate: '2026-01-02T10:00:00.000Z' };

describe(matchesText.name, () => {
  it('matches the name, the input or the output, ignoring case', () => {
    expect(matchesText(execution, undefined, 'order-4')).toBe(true);
    expect(matchesText(execution, { ...execution, input: '{"customer":"Ada"}' }, 'ada')).toBe(true);
    expect(matchesText(execution, { ...execution, output: '{"total":12}' }, 'total')).toBe(true);
    expect(matchesText(execution, { ...execution, input: '{}' }, 'ada')).toBe(false);
    expect(matchesText(execution, undefined, '  ')).toBe(true);
  });
});

describe(inTimeRange.name, () => {
  it('keeps executions started inside the range', () => {
    const at = Date.parse(execution.startDate);
    expect(inTimeRange(execution, { text: '', from: at - 1, to: at + 1 })).toBe(true);
    expect(inTimeRange(execution, { text: '', from: at + 1 })).toBe(false);
    expect(inTimeRange(execution, { text: '', to: at - 1 })).toBe(false);
  });
});

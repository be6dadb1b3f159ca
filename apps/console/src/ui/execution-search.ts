import type { ExecutionDescription, ExecutionListItem } from '../api/api-types';

/** The filters of the executions list that the API does not apply itself. */
export interface LocalFilter {
  /** Matched, case-insensitively, against the name and the input and output texts. */
  readonly text: string;
  /** Epoch ms bounds of the start date. */
  readonly from?: number;
  readonly to?: number;
}

export function inTimeRange(execution: ExecutionListItem, filter: LocalFilter): boolean {
  const started = Date.parse(execution.startDate);
  return (filter.from === undefined || started >= filter.from) && (filter.to === undefined || started <= filter.to);
}

/** Whether the execution matches the search text; `described` holds its input and output once loaded. */
export function matchesText(execution: ExecutionListItem, described: ExecutionDescription | undefined, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (needle === '') return true;
  const haystacks = [execution.name, described?.input, described?.output];
  return haystacks.some((haystack) => haystack?.toLowerCase().includes(needle));
}

import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { machineQueryLanguage, resolveMachine } from './machine';

const leaf = (name: string) => ({ StartAt: name, States: { [name]: { Type: 'Pass', End: true } } });
const root = {
  StartAt: 'P',
  States: {
    P: { Type: 'Parallel', Branches: [leaf('B0'), { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: leaf('Inner'), End: true } } }], Next: 'Old' },
    Old: { Type: 'Map', Iterator: leaf('Legacy'), End: true },
  },
} as unknown as StateMachineDefinition;

describe('resolveMachine', () => {
  it('finds the top level, Parallel branches, Map ItemProcessors and legacy Iterators', () => {
    expect(resolveMachine(root, [])).toBe(root);
    expect(resolveMachine(root, ['P', 0]).StartAt).toBe('B0');
    expect(resolveMachine(root, ['P', 1, 'M']).StartAt).toBe('Inner');
    expect(resolveMachine(root, ['Old']).StartAt).toBe('Legacy');
  });

  it('throws for a path that names no sub-machine', () => {
    expect(() => resolveMachine(root, ['P', 5])).toThrow(/No sub-machine/);
    expect(() => resolveMachine(root, ['Nope'])).toThrow(/No sub-machine/);
  });
});

describe('machineQueryLanguage', () => {
  it('is the top-level QueryLanguage, JSONPath by default', () => {
    expect(machineQueryLanguage(root)).toBe('JSONPath');
    expect(machineQueryLanguage({ ...root, QueryLanguage: 'JSONata' })).toBe('JSONata');
  });
});

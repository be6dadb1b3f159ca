import type {
  MapDefinition,
  ParallelDefinition,
  QueryLanguage,
  StateMachineDefinition,
} from '../definition/state-machine.definition';
import type { MachinePath } from './snapshot';

/** The (sub-)machine a MachinePath names inside the top-level definition. */
export function resolveMachine(root: StateMachineDefinition, path: MachinePath): StateMachineDefinition {
  let machine = root;
  for (let i = 0; i < path.length; i++) {
    const state = machine.States[path[i] as string];
    if (state?.Type === 'Parallel') {
      machine = (state as ParallelDefinition).Branches[path[++i] as number];
    } else if (state?.Type === 'Map') {
      const map = state as MapDefinition;
      machine = (map.ItemProcessor ?? map.Iterator) as StateMachineDefinition;
    } else {
      throw new Error(`No sub-machine at ${JSON.stringify(path.slice(0, i + 1))}`);
    }
    if (!machine) throw new Error(`No sub-machine at ${JSON.stringify(path.slice(0, i + 1))}`);
  }
  return machine;
}

/** The query language of the whole machine: the top-level field, else JSONPath. */
export function machineQueryLanguage(root: StateMachineDefinition): QueryLanguage {
  return root.QueryLanguage ?? 'JSONPath';
}

import { useEffect, useState } from 'react';
import type { GraphScope } from '../graph/definition-graph';
import { layoutGraph, type GraphLayout } from '../graph/graph-layout';

/** Lays `graph` out (elkjs runs asynchronously); undefined until the layout is ready. */
export function useGraphLayout(graph: GraphScope | undefined): { layout?: GraphLayout; error?: Error } {
  const [result, setResult] = useState<{ layout?: GraphLayout; error?: Error }>({});
  useEffect(() => {
    if (!graph) return;
    let current = true;
    layoutGraph(graph).then(
      (layout) => current && setResult({ layout }),
      (error: Error) => current && setResult({ error }),
    );
    return () => {
      current = false;
    };
  }, [graph]);
  return result;
}

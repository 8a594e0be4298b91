/** The graph's node elements by key: NodeLayer's refs fill it, and the node painter reads it without a render. */
import { useCallback, useState } from 'react';
import type { NodeRegistry } from './drawNodes';

/** The registry, and the ref callback that adds an element under its `data-key` (and removes it on unmount). */
export function useNodeRegistry(): [NodeRegistry, (el: SVGElement | null) => (() => void) | undefined] {
  const [registry] = useState<NodeRegistry>(() => new Map());
  const register = useCallback(
    (el: SVGElement | null) => {
      const k = el?.dataset.key;
      if (!el || !k) return;
      registry.set(k, el);
      return () => {
        if (registry.get(k) === el) registry.delete(k);
      };
    },
    [registry],
  );
  return [registry, register];
}

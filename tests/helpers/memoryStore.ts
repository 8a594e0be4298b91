/**
 * A SessionStore in memory for tests: keeps the record as IndexedDB would (a structured
 * clone), counts writes, and can be told to fail like a full or missing storage.
 */
import type { SessionStore } from '../../src/store/sessionStore';

export interface MemoryStore extends SessionStore {
  record: unknown;
  saves: number;
  /** 'full': every write rejects (QuotaExceededError); 'broken': everything rejects. */
  failing: null | 'full' | 'broken';
}

export function memoryStore(record?: unknown): MemoryStore {
  const store: MemoryStore = {
    record,
    saves: 0,
    failing: null,
    async load() {
      if (store.failing === 'broken') throw new Error('the storage is turned off');
      return store.record === undefined ? undefined : structuredClone(store.record);
    },
    async save(value) {
      if (store.failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      store.record = structuredClone(value);
      store.saves++;
    },
    async clear() {
      if (store.failing === 'broken') throw new Error('the storage is turned off');
      store.record = undefined;
    },
  };
  return store;
}

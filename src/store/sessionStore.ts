/**
 * Where a session is kept between visits: IndexedDB (trained weights and histories run to
 * megabytes, beyond localStorage's few), through its plain API — one database, one object
 * store, one record. Every operation settles: a failure (storage full, blocked, private
 * mode, no IndexedDB at all) rejects with an Error, and one that hangs is given up after
 * a few seconds, so the caller can report it and carry on.
 */

export interface SessionStore {
  /** The saved record, or undefined when there is none. */
  load(): Promise<unknown>;
  save(record: unknown): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'backprop-lab';
const STORE = 'sessions';
const KEY = 'current';
/** An IndexedDB that answers nothing for this long is treated as failing. */
export const STORAGE_TIMEOUT_MS = 5000;

export function indexedDbStore(factory: IDBFactory | undefined | null, timeoutMs = STORAGE_TIMEOUT_MS): SessionStore {
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    db ??= settle<IDBDatabase>(timeoutMs, (resolve, reject) => {
      if (!factory) return reject(new Error('this browser has no IndexedDB'));
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((e: unknown) => {
      db = null; // try again next time
      throw e;
    });
    return db;
  };
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest | void): Promise<T> => {
    const database = await open();
    return settle<T>(timeoutMs, (resolve, reject) => {
      const tx = database.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve((request ? request.result : undefined) as T);
      tx.onerror = () => reject(tx.error ?? new Error('the storage refused the data'));
      tx.onabort = () => reject(tx.error ?? new Error('the storage gave up'));
    });
  };
  return {
    load: () => run('readonly', (s) => s.get(KEY)),
    save: (record) => run<void>('readwrite', (s) => void s.put(record, KEY)),
    clear: () => run<void>('readwrite', (s) => void s.delete(KEY)),
  };
}

/** A promise that also rejects if `start` neither resolves nor rejects within `ms`; a throw in `start` rejects. */
function settle<T>(ms: number, start: (resolve: (v: T) => void, reject: (e: unknown) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the storage did not answer')), ms);
    const done =
      <A>(f: (a: A) => void) =>
      (a: A) => {
        clearTimeout(timer);
        f(a);
      };
    try {
      start(done(resolve), done(reject));
    } catch (e) {
      done(reject)(e);
    }
  });
}

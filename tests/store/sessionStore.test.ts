/**
 * The IndexedDB store of a session (on fake-indexeddb, the IndexedDB API in memory): a
 * record goes in and comes out whole, typed arrays included; and every way the storage can
 * fail — no IndexedDB, a value it refuses, an open that never answers — rejects with an
 * Error the page can report, instead of throwing or hanging.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexedDbStore, STORAGE_TIMEOUT_MS } from '../../src/store/sessionStore';

afterEach(() => vi.useRealTimers());

describe('indexedDbStore', () => {
  it('saves, loads and clears one record, typed arrays and all', async () => {
    const factory = new IDBFactory();
    const store = indexedDbStore(factory);
    expect(await store.load()).toBeUndefined();
    const record = { version: 1, link: 's2=abc', params: Float64Array.from([0.1, -2, 3e-9]) };
    await store.save(record);
    expect(await store.load()).toEqual(record);
    // A second store on the same database (a reload) reads it too.
    expect(await indexedDbStore(factory).load()).toEqual(record);
    await store.save({ ...record, link: 's2=def' });
    expect(await store.load()).toMatchObject({ link: 's2=def' });
    await store.clear();
    expect(await store.load()).toBeUndefined();
  });

  it('rejects when the browser has no IndexedDB', async () => {
    const store = indexedDbStore(undefined);
    await expect(store.load()).rejects.toThrow('this browser has no IndexedDB');
    await expect(store.save({})).rejects.toThrow();
    await expect(store.clear()).rejects.toThrow();
  });

  it('rejects a value the storage refuses, and works again afterwards', async () => {
    const store = indexedDbStore(new IDBFactory());
    await expect(store.save({ f: () => 1 })).rejects.toThrow();
    await store.save({ ok: true });
    expect(await store.load()).toEqual({ ok: true });
  });

  it('rejects when opening throws (storage turned off)', async () => {
    const factory = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(indexedDbStore(factory).load()).rejects.toThrow('denied');
  });

  it('gives up on a storage that never answers', async () => {
    vi.useFakeTimers();
    const factory = { open: () => ({}) } as unknown as IDBFactory;
    const loading = indexedDbStore(factory).load();
    const settled = expect(loading).rejects.toThrow('the storage did not answer');
    await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS);
    await settled;
  });
});

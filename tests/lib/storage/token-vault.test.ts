import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VAULT_DB } from '@/lib/storage/idb';
import { clearToken, readToken, restrictArea, writeToken } from '@/lib/storage/token-vault';
import { resetBrowser } from '../background/harness';
import { createFakeIdb } from './fake-idb';

const TOKEN = 'tok_SENTINEL_0123456789abcdef';

function withoutAccessLevel() {
  delete (fakeBrowser.storage.local as { setAccessLevel?: unknown }).setAccessLevel;
}

describe('the token vault', () => {
  let spies: ReturnType<typeof resetBrowser>;
  beforeEach(() => {
    spies = resetBrowser();
  });

  it('closes storage.local to content scripts before the first write of the token (Chrome 140+)', async () => {
    // Arrange
    const order: string[] = [];
    spies.setAccessLevel.mockImplementation(async () => void order.push('setAccessLevel'));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      order.push('set');
      return set(items);
    });

    // Act
    await writeToken(TOKEN);

    // Assert
    expect(spies.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(order).toEqual(['setAccessLevel', 'set']);
    expect(await readToken()).toBe(TOKEN);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('falls back to extension-origin IndexedDB where setAccessLevel is missing (Firefox)', async () => {
    // Arrange
    withoutAccessLevel();
    const idb = createFakeIdb();

    // Act
    await writeToken(TOKEN, { idb: idb.factory });

    // Assert
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readToken({ idb: idb.factory })).toBe(TOKEN);
    expect(idb.databases.get(VAULT_DB)?.get('secrets')?.get('token')).toBe(TOKEN);
  });

  it('falls back to IndexedDB where the browser refuses setAccessLevel for storage.local', async () => {
    // Arrange
    spies.setAccessLevel.mockRejectedValue(new Error('Only session storage supports access levels'));
    const idb = createFakeIdb();

    // Act
    await writeToken(TOKEN, { idb: idb.factory });

    // Assert
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readToken({ idb: idb.factory })).toBe(TOKEN);
  });

  it('refuses to store the token where content scripts could read it', async () => {
    withoutAccessLevel();
    await expect(writeToken(TOKEN, { idb: createFakeIdb({ failing: true }).factory })).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('erases the token from both places', async () => {
    // Arrange
    const idb = createFakeIdb();
    await writeToken(TOKEN, { idb: idb.factory });
    withoutAccessLevel();
    await writeToken(TOKEN, { idb: idb.factory });

    // Act
    await clearToken({ idb: idb.factory });

    // Assert
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readToken({ idb: idb.factory })).toBeNull();
  });

  it('reads an unreadable store as no token', async () => {
    withoutAccessLevel();
    expect(await readToken({ idb: createFakeIdb({ failing: true }).factory })).toBeNull();
  });

  it('reports whether storage.local could be closed', async () => {
    expect(await restrictArea()).toBe(true);
    withoutAccessLevel();
    expect(await restrictArea()).toBe(false);
  });

  it('removes the IndexedDB copy when the token is written to storage.local', async () => {
    // Arrange: an older token left in IndexedDB (written while storage.local could not be closed)
    const idb = createFakeIdb();
    withoutAccessLevel();
    await writeToken('tok_OLD_0123456789abcdef', { idb: idb.factory });
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: spies.setAccessLevel });

    // Act
    await writeToken(TOKEN, { idb: idb.factory });

    // Assert
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ token: TOKEN });
    expect(idb.databases.get(VAULT_DB)?.get('secrets')?.has('token')).toBe(false);
  });

  it('removes the storage.local copy when the token is written to IndexedDB', async () => {
    // Arrange: an older token in storage.local; then the browser refuses to close it
    const idb = createFakeIdb();
    await writeToken('tok_OLD_0123456789abcdef', { idb: idb.factory });
    spies.setAccessLevel.mockRejectedValue(new Error('Only session storage supports access levels'));

    // Act
    await writeToken(TOKEN, { idb: idb.factory });

    // Assert
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(idb.databases.get(VAULT_DB)?.get('secrets')?.get('token')).toBe(TOKEN);
  });
});

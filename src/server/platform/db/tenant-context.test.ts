import { describe, expect, it } from 'vitest';
import {
  currentCollaboration,
  inCollaboration,
  outsideCollaborations,
  runInCollaboration,
} from './tenant-context';

/** Like a drizzle query: a thenable that does its work only when awaited. */
function lazy<T>(work: () => T): Promise<T> {
  return {
    // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, as drizzle's queries are
    then: (resolve: (value: T) => unknown) => Promise.resolve(resolve(work())),
  } as unknown as Promise<T>;
}

describe('the collaboration the running code works in', () => {
  it('is none until code enters one', () => {
    expect(currentCollaboration()).toBeNull();
  });

  it('holds across awaits, and nested work returns to the outer one', async () => {
    const seen = await inCollaboration('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const inner = await inCollaboration('b', async () => currentCollaboration());
      return [currentCollaboration(), inner];
    });
    expect(seen).toEqual(['a', 'b']);
    expect(currentCollaboration()).toBeNull();
  });

  it('runs a lazy query inside, not where the caller awaits it', async () => {
    expect(await inCollaboration('a', () => lazy(currentCollaboration))).toBe('a');
    expect(
      await inCollaboration('a', () => outsideCollaborations(() => lazy(currentCollaboration))),
    ).toBeNull();
  });

  it('keeps concurrent work apart', async () => {
    const both = await Promise.all(
      ['a', 'b', 'c'].map((id) =>
        inCollaboration(id, async () => {
          await new Promise((resolve) => setTimeout(resolve, 3));
          return currentCollaboration();
        }),
      ),
    );
    expect(both).toEqual(['a', 'b', 'c']);
  });

  it('enters synchronously for callback-style code (a Fastify hook)', () => {
    expect(runInCollaboration('a', () => currentCollaboration())).toBe('a');
    expect(runInCollaboration(null, () => currentCollaboration())).toBeNull();
  });
});

// A feature's save refreshes that feature's own queries. What the save changes elsewhere (the
// worklists after a plan save, the audit trail after a decision) only the page that composes
// both features knows, so the feature offers a slot and the page fills it (ADR 030).
import { createContext, useContext } from 'react';

type AfterSave<TSaved> = (saved: TSaved) => unknown;

/** A slot for what else refreshes after a feature's save; empty (nothing else) until a page fills it. */
export function afterSaveSlot<TSaved>() {
  const slot = createContext<AfterSave<TSaved>>(() => undefined);
  return { Provider: slot.Provider, useAfterSave: (): AfterSave<TSaved> => useContext(slot) };
}

import { useState } from 'react';

/**
 * Which fields of the plan editor a person has left (blurred). A new, empty row is not an error
 * yet: its "required" message shows once the field was touched or a save was tried.
 */
export function useTouched(isSubmitted: boolean) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  return {
    touch: (key: string) => () => setTouched((prev) => (prev.has(key) ? prev : new Set([...prev, key]))),
    isShown: (key: string) => isSubmitted || touched.has(key),
  };
}

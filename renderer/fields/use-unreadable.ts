import { useCallback, useEffect } from 'react';
import { setInputError } from '../store/actions';

/** The reporter of a number typed that says no number, for the field at `pointer`; cleared when the field goes. */
export function useUnreadable(pointer: string, kind: 'number' | 'date' | 'month' = 'number'): (text: string | null) => void {
  useEffect(() => () => setInputError(pointer, null), [pointer]);
  return useCallback((text: string | null) => setInputError(pointer, text, kind), [pointer, kind]);
}

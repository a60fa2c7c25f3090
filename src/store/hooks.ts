import { useShallow } from 'zustand/react/shallow';
import type { View } from '../core/select';
import { messages, type Messages } from '../i18n/messages';
import { useViewStore } from './viewStore';

/** The filter part of the view, as a stable object (useShallow) so zustand v5 does not loop. */
export const useView = (): View => useViewStore(useShallow((s) => ({ from: s.from, to: s.to, district: s.district })));
export const useLang = () => useViewStore((s) => s.lang);
export const useT = (): Messages => messages(useViewStore((s) => s.lang));

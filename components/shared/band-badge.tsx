import type { Band } from '@/lib/schemas/score';
import { BAND_LABEL } from './labels';

/** Band pill: strong green, maybe amber, weak red, ineligible grey (colours in shared.css by band class). */
export function BandBadge({ band }: { band: Band }) {
  return <span className={`ss-band ss-band--${band}`}>{BAND_LABEL[band]}</span>;
}

/** Persisted per-document state: [version=1][flags][bins u16][bins × u16 fingerprints], little-endian. */
const VERSION = 1;
export const EMPTY_DOC = 1;

export function encodeState(sketch: Uint16Array, bins: number, flags: number): Uint8Array {
  const out = new Uint8Array(4 + 2 * bins);
  const v = new DataView(out.buffer);
  v.setUint8(0, VERSION);
  v.setUint8(1, flags);
  v.setUint16(2, bins, true);
  for (let i = 0; i < bins; i++) v.setUint16(4 + 2 * i, sketch[i], true);
  return out;
}

export function decodeState(state: Uint8Array, bins: number): { sketch: Uint16Array; flags: number } {
  const v = new DataView(state.buffer, state.byteOffset, state.byteLength);
  if (state.byteLength < 4 || v.getUint8(0) !== VERSION) {
    throw new TypeError("reuse state: unknown format (expected version 1 from ReuseIndex.exportDoc)");
  }
  const stored = v.getUint16(2, true);
  if (stored !== bins || state.byteLength !== 4 + 2 * bins) {
    throw new TypeError(`reuse state: sketch has ${stored} bins, this index uses ${bins}; rebuild from text`);
  }
  const sketch = new Uint16Array(bins);
  for (let i = 0; i < bins; i++) sketch[i] = v.getUint16(4 + 2 * i, true);
  return { sketch, flags: v.getUint8(1) };
}

// OSM id → dense slot, open addressing on typed arrays. OSM ids exceed 2^32, so keys are Float64
// (exact to 2^53). Used to keep only the nodes that kept ways reference: memory follows what is kept.

export class IdIndex {
  private keys: Float64Array;
  private slots: Int32Array;
  private mask: number;
  size = 0;
  /** Slot → OSM id, in insertion order. */
  ids: Float64Array;

  constructor(expected = 1 << 16) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Float64Array(cap);
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.ids = new Float64Array(Math.max(16, expected));
  }

  private static hash(id: number): number {
    // Mix the low and high 32-bit halves; ids are dense-ish so a multiplicative hash spreads them.
    const lo = id >>> 0;
    const hi = Math.floor(id / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  /** Slot of `id`, inserting it when new. */
  add(id: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.rehash();
    let i = IdIndex.hash(id) & this.mask;
    for (;;) {
      const s = this.slots[i];
      if (s < 0) {
        const slot = this.size++;
        if (slot === this.ids.length) {
          const next = new Float64Array(this.ids.length * 2);
          next.set(this.ids);
          this.ids = next;
        }
        this.ids[slot] = id;
        this.keys[i] = id;
        this.slots[i] = slot;
        return slot;
      }
      if (this.keys[i] === id) return s;
      i = (i + 1) & this.mask;
    }
  }

  /** Slot of `id`, or -1. */
  get(id: number): number {
    let i = IdIndex.hash(id) & this.mask;
    for (;;) {
      const s = this.slots[i];
      if (s < 0) return -1;
      if (this.keys[i] === id) return s;
      i = (i + 1) & this.mask;
    }
  }

  private rehash(): void {
    const cap = this.keys.length * 2;
    this.keys = new Float64Array(cap);
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let slot = 0; slot < this.size; slot++) {
      const id = this.ids[slot];
      let i = IdIndex.hash(id) & this.mask;
      while (this.slots[i] >= 0) i = (i + 1) & this.mask;
      this.keys[i] = id;
      this.slots[i] = slot;
    }
  }
}

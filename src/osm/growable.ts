// Append-only typed arrays for the import passes: amortised doubling, no per-element objects.

type TypedCtor<T> = { new (n: number): T };

export class Growable<T extends Float64Array | Int32Array | Uint32Array | Uint8Array> {
  data: T;
  length = 0;
  constructor(
    private readonly Ctor: TypedCtor<T>,
    capacity = 1024,
  ) {
    this.data = new Ctor(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }
  push2(a: number, b: number): void {
    if (this.length + 2 > this.data.length) this.grow(this.length + 2);
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
  private grow(min: number): void {
    const next = new this.Ctor(Math.max(min, this.data.length * 2));
    (next as Float64Array).set(this.data as Float64Array);
    this.data = next;
  }
  /** A right-sized copy. */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export const growF64 = (n?: number) => new Growable(Float64Array, n);
export const growI32 = (n?: number) => new Growable(Int32Array, n);
export const growU32 = (n?: number) => new Growable(Uint32Array, n);
export const growU8 = (n?: number) => new Growable(Uint8Array, n);

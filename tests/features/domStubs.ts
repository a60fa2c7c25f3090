/**
 * What jsdom lacks and a browser has: ResizeObserver, which the year range (Radix Slider) uses to
 * measure its thumbs. A stub that never reports a size, as for a box jsdom does not lay out.
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

import { LitElement } from 'lit';

/**
 * Base class of every Terreau element: one `emit()` for events (bubbling and composed, so a page
 * listening on `document` hears them through shadow roots) and a safe `define()`.
 */
export abstract class TerreauElement extends LitElement {
  /** Dispatches `name` with `detail`; returns false when a listener called preventDefault(). */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: { cancelable?: boolean } = {},
  ): boolean {
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail });
    return this.dispatchEvent(event);
  }
}

/** Registers `tag` once; a second copy of the bundle on the same page does not throw. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

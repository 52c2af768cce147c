// The map's input (Lit-free): pointer events (mouse drag, touch pan and pinch, tap), the wheel and
// the keyboard on the focusable map surface, turned into what they ask of the view. It knows no
// viewport nor markers: the view says what a pan, a zoom, a tap or a key does.

/** What the surface's input asks of the view. */
export interface GestureHandlers {
  /** Drag (mouse, one finger), CSS pixels. */
  pan(dx: number, dy: number): void;
  /** Wheel: zoom by `factor` around (x, y), surface pixels. */
  zoom(factor: number, x: number, y: number): void;
  /** Two fingers: their midpoint moved by (dx, dy), their distance changed by `factor`, around (x, y). */
  pinch(dx: number, dy: number, factor: number, x: number, y: number): void;
  /** A press and release without moving (click or tap) at (x, y), on `target`. */
  tap(x: number, y: number, target: EventTarget | null): void;
  /** A key: true when the view used it (its default action is then prevented). */
  key(e: KeyboardEvent): boolean;
  /** A drag started (true) or ended (false). */
  dragging(on: boolean): void;
}

/** What a key asks of the map: moving along the markers (the listbox), panning, zooming, home, closing. */
export type KeyIntent =
  | { move: 'next' | 'previous' | 'first' | 'last' }
  | { open: true }
  | { pan: [number, number] }
  | { zoom: number }
  | { home: true }
  | { close: true };

/**
 * The intent of key `e`. With markers drawn one by one (`listbox`), the arrows go from one to the
 * next in reading order and Enter or Space opens the active one (`active`); Shift + arrows pan.
 * Otherwise the arrows pan by 15 % of the view, 50 % with Shift. + and − zoom, 0 goes home, Escape closes.
 * `pan` is in fractions of the view's width and height, in the direction the map moves.
 */
export function keyIntent(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, listbox: boolean, active: boolean): KeyIntent | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key;
  if (listbox && !e.shiftKey) {
    if (key === 'ArrowDown' || key === 'ArrowRight') return { move: 'next' };
    if (key === 'ArrowUp' || key === 'ArrowLeft') return { move: 'previous' };
    if (key === 'Home') return { move: 'first' };
    if (key === 'End') return { move: 'last' };
    if ((key === 'Enter' || key === ' ') && active) return { open: true };
  }
  const step = e.shiftKey && !listbox ? 0.5 : 0.15;
  switch (key) {
    case 'ArrowLeft':
      return { pan: [step, 0] };
    case 'ArrowRight':
      return { pan: [-step, 0] };
    case 'ArrowUp':
      return { pan: [0, step] };
    case 'ArrowDown':
      return { pan: [0, -step] };
    case '+':
    case '=':
      return { zoom: 2 };
    case '-':
    case '_':
      return { zoom: 0.5 };
    case '0':
      return { home: true };
    case 'Escape':
      return { close: true };
    default:
      return null;
  }
}

/** The zoom factor of a wheel event (one notch ≈ ×1.5, at most ×2 per event). */
export function wheelFactor(e: Pick<WheelEvent, 'deltaY' | 'deltaMode'>): number {
  const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode === 2 ? 1 : 0.002;
  return 2 ** Math.max(-1, Math.min(1, -e.deltaY * unit));
}

type Point = { x: number; y: number };

/**
 * Listens to `surface`'s input and calls `h`; presses on what `ignore` says (the attribution's
 * links) are left to the page. Returns the function that removes every listener.
 */
export function attachGestures(surface: HTMLElement, h: GestureHandlers, ignore: (target: EventTarget | null) => boolean): () => void {
  const pointers = new Map<number, Point>();
  let gesture: { sx: number; sy: number; moved: boolean; dist: number; mx: number; my: number } | null = null;
  const local = (e: { clientX: number; clientY: number }): [number, number] => {
    const r = surface.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const two = (): [Point, Point] => [...pointers.values()] as [Point, Point];

  const down = (e: PointerEvent): void => {
    if (e.button !== 0 || ignore(e.target)) return;
    const [x, y] = local(e);
    pointers.set(e.pointerId, { x, y });
    try {
      surface.setPointerCapture(e.pointerId);
    } catch {
      // Synthetic events have no active pointer to capture.
    }
    if (pointers.size === 1) {
      gesture = { sx: x, sy: y, moved: false, dist: 0, mx: x, my: y };
    } else if (pointers.size === 2 && gesture) {
      const [a, b] = two();
      gesture.moved = true;
      gesture.dist = Math.hypot(a.x - b.x, a.y - b.y);
      gesture.mx = (a.x + b.x) / 2;
      gesture.my = (a.y + b.y) / 2;
    }
  };

  const move = (e: PointerEvent): void => {
    const prev = pointers.get(e.pointerId);
    const g = gesture;
    if (!prev || !g) return;
    const [x, y] = local(e);
    if (pointers.size === 1) {
      // A press that moves less than 4 px is still a tap.
      if (!g.moved && Math.hypot(x - g.sx, y - g.sy) < 4) return;
      if (!g.moved) h.dragging(true);
      g.moved = true;
      pointers.set(e.pointerId, { x, y });
      h.pan(x - prev.x, y - prev.y);
      return;
    }
    pointers.set(e.pointerId, { x, y });
    const [a, b] = two();
    const dist = Math.hypot(a.x - b.x, a.y - b.y);
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    h.pinch(mx - g.mx, my - g.my, g.dist > 0 && dist > 0 ? dist / g.dist : 1, mx, my);
    g.dist = dist;
    g.mx = mx;
    g.my = my;
  };

  const up = (e: PointerEvent, cancelled: boolean): void => {
    if (!pointers.has(e.pointerId)) return;
    pointers.delete(e.pointerId);
    const g = gesture;
    if (pointers.size === 0) {
      gesture = null;
      h.dragging(false);
      if (g && !g.moved && !cancelled) {
        const [x, y] = local(e);
        h.tap(x, y, e.target);
      }
    } else if (g) {
      // One finger left after a pinch: continue as a drag from where it is.
      const [rest] = [...pointers.values()] as [Point];
      g.mx = rest.x;
      g.my = rest.y;
      g.dist = 0;
    }
  };

  const listeners: [string, EventListener, AddEventListenerOptions?][] = [
    [
      'keydown',
      (e) => {
        if (h.key(e as KeyboardEvent)) e.preventDefault();
      },
    ],
    // A tap is handled here (select, open a group, zoom): the browser must not also send the click
    // it synthesises after touchend, which would land on whatever the page moved under the finger.
    [
      'touchend',
      (e) => {
        if (e.cancelable) e.preventDefault();
      },
    ],
    [
      'wheel',
      (e) => {
        e.preventDefault();
        const [x, y] = local(e as WheelEvent);
        h.zoom(wheelFactor(e as WheelEvent), x, y);
      },
      { passive: false },
    ],
    ['pointerdown', (e) => down(e as PointerEvent)],
    ['pointermove', (e) => move(e as PointerEvent)],
    ['pointerup', (e) => up(e as PointerEvent, false)],
    ['pointercancel', (e) => up(e as PointerEvent, true)],
  ];
  for (const [type, fn, opts] of listeners) surface.addEventListener(type, fn, opts);
  return () => {
    for (const [type, fn, opts] of listeners) surface.removeEventListener(type, fn, opts);
  };
}

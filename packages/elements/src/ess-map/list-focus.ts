// The list's keyboard (Lit-free): its names are one Tab stop, as the map is (a hundred names were a
// hundred stops on the way to what follows the widget); the arrow keys, Home and End move between them;
// the skip link lands on that stop. render-list.ts binds these to the list's body.

/** The list's name buttons. */
export const ROW_BUTTONS = 'tbody button[data-id]';

/** The list's Tab stop: the row named `wanted` when it is shown, else the selected actor's, else the first. */
export function listTabStop(ids: readonly string[], wanted: string | null, selected: string | undefined): string | undefined {
  if (wanted !== null && ids.includes(wanted)) return wanted;
  if (selected !== undefined && ids.includes(selected)) return selected;
  return ids[0];
}

/** A name of the list got focus (arrow key, click, skip link, return from a card): it becomes the list's Tab stop. */
export function moveListTabStop(e: FocusEvent, host: { listRow: string | null }): void {
  const target = e.target as HTMLElement;
  if (!target.matches(ROW_BUTTONS)) return;
  (e.currentTarget as ParentNode).querySelector('button[data-id][tabindex="0"]')?.setAttribute('tabindex', '-1');
  target.setAttribute('tabindex', '0');
  host.listRow = target.dataset['id'] ?? null;
}

/** The list's keydown (on its body): arrow keys move between the actors; Home/End go to the first/last. */
export function moveInList(e: KeyboardEvent): void {
  const target = e.target as HTMLElement;
  if (!target.matches('button[data-id]')) return;
  const buttons = Array.from((e.currentTarget as ParentNode).querySelectorAll<HTMLButtonElement>(ROW_BUTTONS));
  const i = buttons.indexOf(target as HTMLButtonElement);
  let next = -1;
  if (e.key === 'ArrowDown') next = Math.min(i + 1, buttons.length - 1);
  else if (e.key === 'ArrowUp') next = Math.max(i - 1, 0);
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = buttons.length - 1;
  else return;
  e.preventDefault();
  buttons[next]?.focus();
}

/** The skip link: past the map (one Tab stop already) to the list, its text alternative, at its Tab stop. */
export function focusFirstRow(root: ParentNode): void {
  (root.querySelector<HTMLElement>(`${ROW_BUTTONS}[tabindex="0"]`) ?? root.querySelector<HTMLElement>(ROW_BUTTONS))?.focus();
}

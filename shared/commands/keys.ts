// Shortcut strings in 'Mod+Shift+K' form: turned into Electron accelerators, display labels and key-event matches.

/** The modifier names a shortcut may use, in canonical order. */
const MODIFIERS = ['Mod', 'Ctrl', 'Alt', 'Shift'] as const;
type Modifier = (typeof MODIFIERS)[number];

export interface ParsedKeys {
  modifiers: ReadonlySet<Modifier>;
  /** The key itself, as written: 'K', '/', 'Enter', 'F11'. */
  key: string;
}

/** The parts of a DOM KeyboardEvent a match needs. */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Splits 'Mod+Shift+K' into its modifiers and key; null when the string is not a valid shortcut. */
export function parseKeys(keys: string): ParsedKeys | null {
  const parts = keys.split('+');
  const key = parts.pop();
  if (!key) return null;
  const modifiers = new Set<Modifier>();
  for (const part of parts) {
    if (!(MODIFIERS as readonly string[]).includes(part) || modifiers.has(part as Modifier)) return null;
    modifiers.add(part as Modifier);
  }
  return { modifiers, key };
}

/** The Electron accelerator for a shortcut: 'Mod+K' becomes 'CmdOrCtrl+K'. */
export function toAccelerator(keys: string): string {
  const parsed = parseKeys(keys);
  if (!parsed) throw new Error(`"${keys}" is not a shortcut Factdesk understands.`);
  const names: Record<Modifier, string> = { Mod: 'CmdOrCtrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
  return [...MODIFIERS.filter((m) => parsed.modifiers.has(m)).map((m) => names[m]), parsed.key].join('+');
}

/** How a shortcut is shown to the user: '⌘K' on macOS, 'Ctrl+K' elsewhere. */
export function formatKeys(keys: string, isMac: boolean): string {
  const parsed = parseKeys(keys);
  if (!parsed) return keys;
  const order: Modifier[] = isMac ? ['Ctrl', 'Alt', 'Shift', 'Mod'] : ['Mod', 'Ctrl', 'Alt', 'Shift'];
  const mac: Record<Modifier, string> = { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' };
  const other: Record<Modifier, string> = { Mod: 'Ctrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
  const names = order.filter((m) => parsed.modifiers.has(m)).map((m) => (isMac ? mac[m] : other[m]));
  return isMac ? [...names, parsed.key].join('') : [...names, parsed.key].join('+');
}

/** True when a keydown event is this shortcut (Mod is the Cmd key on macOS and Ctrl elsewhere). */
export function matchesKeys(keys: string, event: KeyEventLike, isMac: boolean): boolean {
  const parsed = parseKeys(keys);
  if (!parsed) return false;
  const wantMeta = isMac && parsed.modifiers.has('Mod');
  const wantCtrl = parsed.modifiers.has('Ctrl') || (!isMac && parsed.modifiers.has('Mod'));
  if (event.metaKey !== wantMeta || event.ctrlKey !== wantCtrl) return false;
  if (event.altKey !== parsed.modifiers.has('Alt')) return false;
  // Shift changes the character for symbol keys ('/' becomes '?'), so it is only compared for letters and named keys.
  const isSymbol = parsed.key.length === 1 && !/[a-z0-9]/i.test(parsed.key);
  if (!isSymbol && event.shiftKey !== parsed.modifiers.has('Shift')) return false;
  return event.key.toLowerCase() === parsed.key.toLowerCase();
}

/** The keys that open the command palette, as this platform's keyboard names them. */
export const PALETTE_KEYS = navigator.platform?.startsWith('Mac') ? '⌘K' : 'Ctrl+K';
